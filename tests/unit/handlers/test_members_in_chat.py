"""Members: every command records who sent it (cheaply), and `已收 @名字` / `/refund @name` find people
among the chat's members when the platform gave no ids (after a restart, on another worker)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from commerce.domain.member import ChatMembership, Member
from commerce.domain.order import OrderStatus
from commerce.domain.order_numbers import OrderNumber
from handlers.app import ChatApp
from handlers.parsing.commands import Command, parse_text
from handlers.registry import VOCABULARY
from handlers.types import ChatKind, Reply, Request
from tests import fakes
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

OPEN = "/groupbuy Mangoes price 88"


async def say(
    app: ChatApp,
    user: str,
    text: str,
    *,
    name: str | None = None,
    chat: str = "family",
    username: str | None = None,
    alias: str | None = None,
    update_id: str | None = None,
    platform: str = "test",
    mentions: Sequence[str] = (),
) -> list[Reply]:
    return await app.handle(
        Request(
            platform=platform,
            chat_id=chat,
            user_id=user,
            display_name=name or alias or user.title(),
            chat_kind=ChatKind.PRIVATE if chat == user else ChatKind.GROUP,
            text=text,
            update_id=update_id,
            username=username,
            alias=alias,
            mentions=tuple(mentions),
        )
    )


async def closed_with_orders(chat: Chat, *buyers: str) -> None:
    """Amy's group buy, one unit for each buyer, closed: orders #1, #2, ... in that order."""
    await chat.say("amy", OPEN)
    for buyer in buyers:
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")


@pytest.fixture
def seen_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The user id of every `uow.members.seen` call, committed or not."""
    calls: list[str] = []
    original = fakes._Members.seen

    async def counting(self: fakes._Members, **fields: object) -> None:
        calls.append(str(fields["user_id"]))
        await original(self, **fields)  # type: ignore[arg-type]

    monkeypatch.setattr(fakes._Members, "seen", counting)
    return calls


# -- who was seen -------------------------------------------------------------------------------------
async def test_a_command_records_its_sender_and_their_membership_with_names_as_sent(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "cat", "+1", name="小猫", username="CatC", alias="小猫")

    state = uow_factory.state
    assert state.members["test:cat"] == Member(
        "test:cat", "test", "cat", "小猫", "CatC", None, clock.now(), clock.now()
    )
    assert state.memberships[("family", "test:cat")] == ChatMembership(
        "family", "test:cat", "小猫", clock.now(), clock.now()
    )
    assert set(state.members) == {"test:amy", "test:cat"}


async def test_plus_one_again_within_the_hour_touches_no_member_and_an_hour_later_refreshes(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory, clock: FakeClock, seen_calls: list[str]
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1")
    await say(app, "bob", "进度")  # Chinese words: his language, written once
    first = clock.now()
    clock.advance(minutes=59)
    await say(app, "bob", "+1")
    await say(app, "bob", "进度")
    assert seen_calls == ["amy", "bob", "bob"]

    clock.advance(minutes=1)
    await say(app, "bob", "+1")

    assert seen_calls == ["amy", "bob", "bob", "bob"]
    bob = uow_factory.state.members["test:bob"]
    assert (bob.first_seen, bob.last_seen) == (first, clock.now())


async def test_a_new_name_or_another_chat_is_recorded_at_once(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory, seen_calls: list[str]
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1")
    await say(app, "bob", "+1", name="Bobby")
    await say(app, "bob", "/help", name="Bobby", chat="neighbours")

    assert seen_calls == ["amy", "bob", "bob", "bob"]
    assert uow_factory.state.members["test:bob"].display_name == "Bobby"
    assert {chat for chat, who in uow_factory.state.memberships if who == "test:bob"} == {
        "family",
        "neighbours",
    }


async def test_a_refused_join_changes_nothing_but_records_the_sender_with_its_answer(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory, seen_calls: list[str]
) -> None:
    refused = await say(app, "dan", "+1", update_id="u1")  # no group buy here

    assert "没有进行中的团购" in refused[0].text
    # rolled back with the rest of the work, then written with the answer (rep80 #9: only a sold-out
    # refusal, a flash sale's pile-in, writes its answer alone)
    assert ("family", "test:dan") in uow_factory.state.memberships

    await say(app, "amy", OPEN)
    await say(app, "dan", "+1", update_id="u2")  # written lately: not again
    assert seen_calls == ["dan", "dan", "amy"]


async def test_a_private_chat_records_the_member_but_no_membership(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await say(app, "bob", "我的订单", chat="bob")

    assert "test:bob" in uow_factory.state.members
    assert uow_factory.state.memberships == {}


# -- 已收 @名字 by the members of the chat --------------------------------------------------------------
async def test_paid_by_name_finds_the_member_here_when_the_platform_gave_no_ids(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await closed_with_orders(chat, "bob", "cat")

    paid = await chat.say("amy", "已收 @bob")

    assert [(reply.text, reply.mention) for reply in paid if reply.text and not reply.private_to] == [
        ("✅ Bob 的订单 #1-1 已付款。", ("bob",))
    ]
    statuses = {order.buyer_id: order.status for order in uow_factory.state.orders.values()}
    assert statuses == {"bob": OrderStatus.PAID, "cat": OrderStatus.PENDING_PAYMENT}


async def test_a_member_is_found_by_username_or_room_alias_and_names_may_have_spaces(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1", username="bobby")
    await say(app, "cat", "+1", alias="小猫")
    await say(app, "dan", "+1", name="Bob Li")
    await say(app, "amy", "/close")

    by_username = await say(app, "amy", "/paid @Bobby")
    by_alias = await say(app, "amy", "已收 @小猫")
    with_a_space = await say(app, "amy", "已收 @Bob Li 谢谢")

    texts = [replies[0].text for replies in (by_username, by_alias, with_a_space)]
    assert texts == [
        "✅ Bob's order #1-1 is paid.",
        "✅ 小猫 的订单 #1-2 已付款。",
        "✅ Bob Li 的订单 #1-3 已付款。",
    ]
    assert all(order.status is OrderStatus.PAID for order in uow_factory.state.orders.values())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("已收 @Eve", "本群里没有叫 Eve 的成员，没有任何改动。请改用订单编号，例如：已收 1-1"),
        (
            "/paid @Eve thanks",
            "I don't know anyone called Eve in this chat: nothing was changed. "
            "Use the order number instead, e.g. /paid 1-1",
        ),
        (
            "已取 @Cat",
            "本群里没有叫 Cat 的成员，没有任何改动。请直接 @ 对方，"
            "或改用订单编号（订单消息和“名单”里都有编号）。",
        ),  # in another chat; 1-1 is unpaid, not one to pick up: no number (s22 F)
        (
            "已收 @Bob @Eve",
            "本群里没有叫 Eve 的成员，没有任何改动。请改用订单编号，例如：已收 1-1",
        ),  # all or nothing
    ],
)
async def test_an_unknown_name_is_one_clear_message_and_changes_nothing(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory, text: str, answer: str
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1")
    await say(app, "cat", "/help", chat="neighbours")
    await say(app, "amy", "/close")

    replies = await say(app, "amy", text)

    assert [reply.text for reply in replies] == [answer]
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_two_members_with_the_name_are_ambiguous(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1")
    await say(app, "bob2", "+1", name="Bob")
    await say(app, "amy", "/close")

    zh = await say(app, "amy", "已收 @Bob")
    en = await say(app, "amy", "/paid @bob")

    assert [zh[0].text, en[0].text] == [
        "本群有不止一位成员叫 Bob，没有任何改动。叫 Bob 的成员的订单：#1-1（¥88）、#1-2（¥88）。"
        "请改用订单编号，例如：已收 1-1",
        "More than one member here is called bob: nothing was changed. The orders of members called bob: "
        "#1-1 (¥88), #1-2 (¥88). Use the order number instead, e.g. /paid 1-1",
    ]
    assert {order.status for order in uow_factory.state.orders.values()} == {OrderStatus.PENDING_PAYMENT}


async def test_a_member_of_another_platform_in_a_chat_of_the_same_id_is_not_found(
    app: ChatApp, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await say(app, "amy", OPEN)
    await say(app, "bob", "+1")
    await say(app, "amy", "/close")
    await say(app, "eve", "/help", platform="other", name="Eve")

    replies = await say(app, "amy", "/paid @Eve")

    assert replies[0].text.startswith("I don't know anyone called Eve in this chat")


async def test_the_adapters_ids_win_over_names(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await closed_with_orders(chat, "bob", "cat")

    await chat.say("amy", "已收 @Bob", mentions=["cat"])  # e.g. WeChat's mention ids

    assert uow_factory.state.orders[2].status is OrderStatus.PAID
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


# -- /refund @name ------------------------------------------------------------------------------------
async def test_refund_by_name_refunds_the_members_paid_order(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await closed_with_orders(chat, "bob", "cat")
    await chat.say("amy", "/paid 1")

    replies = await chat.say("amy", "/refund @Bob")

    assert chat.said(replies) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    assert chat.private(replies)["bob"] == "Order #1-1 (Mangoes) was refunded: Amy gives ¥88 back to you."
    assert uow_factory.state.orders[1].status is OrderStatus.REFUNDED


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("/refund @Cat", "Cat has no paid order to refund here: nothing was changed."),
        ("退款 @Cat", "Cat 在本群没有可退款的已付款订单，没有任何改动。"),
        (
            "/refund @Bob @Cat",
            "One refund at a time (the money goes back to the buyer): nothing was changed. "
            "Send each on its own, e.g. /refund @Bob",
        ),
        (
            "/refund @Eve",
            "I don't know anyone called Eve in this chat: nothing was changed. "
            "Use the order number instead, e.g. /refund 1-1",
        ),
    ],
)
async def test_refund_by_name_refusals(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, text: str, answer: str
) -> None:
    await closed_with_orders(chat, "bob", "cat")
    await chat.say("amy", "/paid 1")

    assert chat.said(await chat.say("amy", text)) == answer
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/refund @Bob", Command("refund", lang="en", rest="@Bob")),
        ("退款 @张三", Command("refund", lang="zh", rest="@张三")),
        ("/refund 7", Command("refund", lang="en", order=OrderNumber(7))),
        ("退款 #12-3", Command("refund", lang="zh", order=OrderNumber(3, 12))),
    ],
)
def test_refund_takes_an_order_number_or_a_name(text: str, expected: Command) -> None:
    assert parse_text(text, vocabulary=VOCABULARY) == expected
