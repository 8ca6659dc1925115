"""Session 35: `/pay` typed in a group sends the payment request privately and tells the group so in one
line (`invoice_sent_privately`); that line followed the asker (a slash command alone: her app's language,
else the words she typed before), while the whole group reads it: Bob, whose app is English, posted
`Bob, I've sent you the payment request…` in a Chinese group. It follows the group now (its `/lang`, else
as its card speaks), as the other "answered privately" lines do since session 34; the request itself
still goes to Bob privately."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def _room(lang: str) -> Chat:
    config = AppConfig(default_language=lang, payment_secret="s35-secret")
    factory = cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
    return Chat(ChatApp(uow_factory=factory, clock=FakeClock(), config=config))


def _invoiced(replies: list[Reply], who: str) -> bool:
    return any(r.invoice is not None and r.private_to == who for r in replies)


async def test_an_english_app_in_a_chinese_group_gets_the_groups_line() -> None:
    room = _room("zh")
    await room.say("amy", "接龙 芒果 价格 50⭐")
    await room.say("bob", "+1")
    await room.say("amy", "截单")

    replies = await room.say("bob", "/pay", language="en")

    assert room.said(replies) == "Bob，付款请求已私信发给你。"
    assert _invoiced(replies, "bob")


async def test_a_chinese_app_in_an_english_group_gets_the_groups_line() -> None:
    room = _room("en")
    await room.say("amy", "/groupbuy Mangoes price 50⭐")
    await room.say("bob", "+1")
    await room.say("amy", "/close")

    replies = await room.say("bob", "/pay", language="zh")

    assert room.said(replies) == "Bob, I've sent you the payment request in a private message."
    assert _invoiced(replies, "bob")
