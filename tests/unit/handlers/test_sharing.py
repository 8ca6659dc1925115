"""Deep links: each member's signed link to a group buy, `/start <payload>` showing its card in private
with buttons signed for the visitor, visits recorded."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import MAX_PAYLOAD, SharedLink, parse_share_payload, share_payload
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

URL_SAFE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SECRET = DEV_PAYMENT_SECRET  # what the `chat` fixture's app signs with
NOT_MINE = (
    "This link is not one I gave (it may have been changed or cut short). Ask your friend to send it again."
)


def private_tap(user: str, data: str) -> Request:
    name = user.title()
    return Request("test", user, user, name, chat_kind=ChatKind.PRIVATE, button=data, language="en")


def datas(reply: Reply) -> list[str]:
    return [button.data for row in reply.buttons for button in row]


@given(group_buy_id=st.integers(min_value=1, max_value=10**12 - 1), sharer=st.text(min_size=1, max_size=30))
def test_a_payload_is_url_safe_short_and_reads_back(group_buy_id: int, sharer: str) -> None:
    payload = share_payload(group_buy_id, sharer, SECRET)
    assert URL_SAFE.match(payload) and len(payload) <= MAX_PAYLOAD
    link = parse_share_payload(payload, SECRET)
    assert link is not None and link.group_buy_id == group_buy_id
    assert link.sharer_id in (sharer, None)  # None only when the id did not fit in 64 characters
    assert parse_share_payload(payload, "another-secret") is None


def test_telegram_ids_stay_readable_and_other_ids_are_encoded() -> None:
    payload = share_payload(12, "123456789", SECRET)
    assert re.fullmatch(r"gb12-u123456789-[A-Za-z0-9_-]{16}", payload)
    assert parse_share_payload(share_payload(3, "@张三:wx", SECRET), SECRET) == SharedLink(3, "@张三:wx")
    unnamed = share_payload(5, "x" * 80, SECRET)  # too long to carry: the link still opens the group buy
    assert re.fullmatch(r"gb5-[A-Za-z0-9_-]{16}", unnamed)
    assert parse_share_payload(unnamed, SECRET) == SharedLink(5, None)
    with_newline = share_payload(1, "0\n", SECRET)  # not a plain id: `$` once let the newline through
    assert URL_SAFE.match(with_newline) and parse_share_payload(with_newline, SECRET) == SharedLink(1, "0\n")


def test_the_signature_covers_the_group_buy_and_the_sharer() -> None:
    payload = share_payload(12, "amy", SECRET)
    signature = payload.rsplit("-", 1)[1]
    for forged in (f"gb13-uamy-{signature}", f"gb12-ueve-{signature}", f"gb12-{signature}", "gb12-uamy"):
        assert parse_share_payload(forged, SECRET) is None, forged


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
    assert parse_share_payload(payload, SECRET) is None


async def test_a_shared_link_shows_the_card_with_its_join_button(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    await chat.say("bob", "+1")
    replies = await chat.say("eve", f"/start {share_payload(1, 'bob', SECRET)}", private=True, language="en")
    [shown] = replies
    assert shown.card_of is None and shown.private_to is None  # a copy in Eve's chat, not the live card
    assert shown.text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\nPrice: ¥88 each")
    assert "Bob" not in shown.text  # Eve is no member of the group: its buyers are counted, not named
    assert "1 join on the list (names are shown in the group only)" in shown.text
    signed = [data.rsplit(":", 1)[0] for data in datas(shown)]  # each signed for Eve
    assert signed == ["gp:join:1", "gp:more:1", "gp:leave:1", "gp:status:1"]
    [visit] = uow_factory.state.visits
    assert (visit.group_buy_id, visit.sharer_id, visit.visitor_id) == (1, "bob", "eve")


async def test_joining_from_the_shared_card_puts_the_visitor_on_the_groups_list(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    [shown] = await chat.say("eve", f"/start {share_payload(1, 'bob', SECRET)}", private=True)
    join, more, leave, progress = datas(shown)
    replies = await chat.app.handle(private_tap("eve", join))
    assert chat.toast(replies) == "You're in: 1 × Mangoes"
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(1, "family")]
    assert "1. Eve ×1" in await chat.card()
    await chat.app.handle(private_tap("eve", more))
    assert "1. Eve ×2" in await chat.card()
    refreshed = await chat.app.handle(private_tap("eve", progress))  # a fresh copy, in Eve's chat
    assert chat.toast(refreshed) == "The card is up to date."
    [copy] = [reply for reply in refreshed if reply.text]
    assert "1. Eve ×2" in copy.text and copy.card_of is None and copy.chat_id is None
    assert datas(copy) == [join, more, leave, progress]
    lowered = chat.toast(await chat.app.handle(private_tap("eve", leave)))  # one unit a tap
    assert lowered == "Took 1 off: you now have 1 × Mangoes. To leave altogether, send /leave."
    assert "1. Eve ×1" in await chat.card()
    assert chat.toast(await chat.app.handle(private_tap("eve", leave))) == "You left Mangoes"
    assert "Eve" not in await chat.card()


async def test_a_private_card_button_works_only_for_whom_it_was_signed(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    [shown] = await chat.say("eve", f"/start {share_payload(1, 'bob', SECRET)}", private=True)
    join = datas(shown)[0]
    altered = join[:-1] + ("B" if join.endswith("A") else "A")
    for user, data in (("dan", join), ("eve", "gb:join:1"), ("eve", altered), ("eve", "gp:join:2:x")):
        replies = await chat.app.handle(private_tap(user, data))
        assert chat.toast(replies) == "This button is no longer valid.", (user, data)
        assert not [reply for reply in replies if reply.is_card]
    assert "Dan" not in await chat.card() and "Eve" not in await chat.card()


async def test_opening_your_own_link_is_not_a_visit(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", f"/start {share_payload(1, 'bob', SECRET)}", private=True)
    assert uow_factory.state.visits == []


@pytest.mark.parametrize(
    ("payload", "answer"),
    [
        ("gb1-uam%y", "This link is not valid (maybe it was cut short). Ask for a new one, or send /help"),
        (share_payload(7, "bob", SECRET), "The group buy of this link (#7) no longer exists."),
        # not signed by this bot, of #1 that exists: not a link it gave, nothing more
        ("gb1-ubob", NOT_MINE),
        ("gb1", NOT_MINE),
        (share_payload(1, "bob", "another-secret"), NOT_MINE),
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
    assert welcome.endswith("\nWaiting for your payment: /pay 2-1")
