"""Deep links: each member's link to a group buy, `/start <payload>` showing its card, visits recorded."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.sharing import MAX_PAYLOAD, SharedLink, parse_share_payload, share_payload
from handlers.types import ChatKind, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

URL_SAFE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@given(group_buy_id=st.integers(min_value=1, max_value=10**12 - 1), sharer=st.text(min_size=1, max_size=30))
def test_a_payload_is_url_safe_short_and_reads_back(group_buy_id: int, sharer: str) -> None:
    payload = share_payload(group_buy_id, sharer)
    assert URL_SAFE.match(payload) and len(payload) <= MAX_PAYLOAD
    link = parse_share_payload(payload)
    assert link is not None and link.group_buy_id == group_buy_id
    assert link.sharer_id in (sharer, None)  # None only when the id did not fit in 64 characters


def test_telegram_ids_stay_readable_and_other_ids_are_encoded() -> None:
    assert share_payload(12, "123456789") == "gb12-u123456789"
    assert parse_share_payload(share_payload(3, "@张三:wx")) == SharedLink(3, "@张三:wx")
    assert share_payload(5, "x" * 80) == "gb5"  # too long to carry: the link still opens the group buy
    assert parse_share_payload("gb5") == SharedLink(5, None)


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "gb",
        "gb0-uamy",
        "gb12-xamy",
        "gb12-u",
        "hello",
        "gb12-b%%",
        "gb1-bA",
        "gb1-b_w",
        "gb1-u" + "a" * 70,
    ],
)
def test_payloads_not_ours_are_refused(payload: str) -> None:
    assert parse_share_payload(payload) is None


async def test_a_shared_link_shows_the_card_with_its_join_button(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    await chat.say("bob", "+1")
    replies = await chat.say("eve", f"/start {share_payload(1, 'bob')}", private=True, language="en")
    [shown] = replies
    assert shown.card_of is None and shown.private_to is None  # a copy in Eve's chat, not the live card
    assert shown.text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\nPrice: ¥88 each")
    assert "1. Bob ×1" in shown.text
    assert shown.buttons[0][0].data == "gb:join:1"
    [visit] = uow_factory.state.visits
    assert (visit.group_buy_id, visit.sharer_id, visit.visitor_id) == (1, "bob", "eve")


async def test_joining_from_the_shared_card_puts_the_visitor_on_the_groups_list(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    await chat.say("eve", f"/start {share_payload(1, 'bob')}", private=True)
    tap = Request(
        platform="test",
        chat_id="eve",
        user_id="eve",
        display_name="Eve",
        chat_kind=ChatKind.PRIVATE,
        button="gb:join:1",
    )
    replies = await chat.app.handle(tap)
    assert chat.toast(replies) == "You're in: 1 × Mangoes"
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(1, "family")]
    assert "1. Eve ×1" in await chat.card()


async def test_opening_your_own_link_is_not_a_visit(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", f"/start {share_payload(1, 'bob')}", private=True)
    assert uow_factory.state.visits == []


@pytest.mark.parametrize(
    ("payload", "answer"),
    [
        ("gb1-uam%y", "This link is not valid (maybe it was cut short). Ask for a new one, or send /help"),
        ("gb7-ubob", "The group buy of this link (#7) no longer exists."),
    ],
)
async def test_a_bad_link_gets_one_clear_message(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, payload: str, answer: str
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")
    assert chat.said(await chat.say("eve", f"/start {payload}", private=True, language="en")) == answer
    assert uow_factory.state.visits == []


async def test_start_without_a_link_welcomes_and_lists_orders_to_pay(chat: Chat) -> None:
    welcome = chat.said(await chat.say("bob", "/start", private=True, language="en"))
    assert welcome.startswith("Hi! I'm Tuan: I run group buys in group chats.")
    assert "Waiting for your payment" not in welcome
    for price in ("88", "50⭐"):  # paid offline (no provider here), then in Stars
        await chat.say("amy", f"/groupbuy Mangoes price {price}")
        await chat.say("bob", "+1")
        await chat.say("amy", "/close")
    welcome = chat.said(await chat.say("bob", "/start", private=True, language="en"))
    assert welcome.endswith("\nWaiting for your payment: /pay 2")
