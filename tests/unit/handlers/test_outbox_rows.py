"""Replies as outbox rows and back (handlers/outbox.py): a row answering a request says who asked where,
so a platform that merges a request's answers (WeChat) can rebuild that much of the request; toasts are
rows only for a platform that says them as text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from commerce.domain.outbox import OutboxItem
from handlers import outbox
from handlers.types import ChatKind, Reply, Request

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
ROOM = "mango@chatroom"
TAP = Request(
    platform="wechat",
    chat_id=ROOM,
    user_id="wxid_li",
    display_name="李四",
    button="gb:join:1:2",
    update_id="msg-7",
    language="en",
)


def stored(items: list[OutboxItem]) -> list[OutboxItem]:
    return [replace(item, id=n) for n, item in enumerate(items, start=1)]


def test_a_rows_request_comes_back_as_who_asked_where() -> None:
    [item] = stored(outbox.rows([Reply(text="joined")], platform="wechat", request=TAP, now=NOW))

    delivery = outbox.delivery(item)

    assert (delivery.chat, delivery.group, delivery.update) == (ROOM, ROOM, "msg-7")
    assert delivery.request == Request(
        platform="wechat", chat_id=ROOM, user_id="wxid_li", display_name="", language="en"
    )


def test_a_private_request_keeps_its_kind_and_a_request_without_a_language_has_none() -> None:
    private = replace(TAP, chat_id="wxid_li", chat_kind=ChatKind.PRIVATE, language=None)
    [item] = stored(outbox.rows([Reply(text="your orders")], platform="wechat", request=private, now=NOW))

    request = outbox.delivery(item).request

    assert request is not None
    assert (request.chat_id, request.chat_kind, request.language) == ("wxid_li", ChatKind.PRIVATE, None)


def test_the_schedulers_rows_answer_no_request() -> None:
    replies = [Reply(text="closed", chat_id=ROOM), Reply(text="your order", private_to="wxid_li")]
    items = stored(outbox.rows(replies, platform="wechat", request=None, now=NOW))

    assert [(d.chat, d.update, d.request) for d in map(outbox.delivery, items)] == [
        (ROOM, None, None),
        ("wxid_li", None, None),
    ]


def test_a_row_written_before_rows_said_who_asked_still_reads() -> None:
    payload = {"reply": {"text": "hi"}, "chat": ROOM, "group": ROOM, "update": "msg-1"}
    item = OutboxItem("send:telegram", json.dumps(payload), NOW, chat_id=ROOM, id=9)

    assert outbox.delivery(item) == outbox.Delivery(9, Reply(text="hi"), ROOM, ROOM, "msg-1")


def test_toasts_are_rows_only_where_they_are_said_as_text() -> None:
    replies = [Reply(card_of=1), Reply(toast="跟团成功", language="zh")]

    without = outbox.rows(replies, platform="telegram", request=TAP, now=NOW)
    with_toasts = outbox.rows(replies, platform="wechat", request=TAP, now=NOW, toasts=True)

    assert [outbox.delivery(i).reply for i in stored(without)] == [Reply(card_of=1)]
    assert [outbox.delivery(i).reply for i in stored(with_toasts)] == replies
