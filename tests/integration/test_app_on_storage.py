"""`+1` through `ChatApp` on real storage (SQLite and PostgreSQL): repeats, refusals, lines kept whole."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import join, open_buy

SOLD_OUT = (  # a sold-out +1 is told how to wait (候补)
    "Sorry, Mangoes is sold out. To wait for it, send /waitlist 1: "
    "whatever comes free goes to the first in line whose quantity fits."
)

ROOM = "room"


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="test",
        chat_id=ROOM,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language="en",
    )


async def _sold(factory: SqlUnitOfWorkFactory, group_buy_id: int = 1) -> tuple[int, list[tuple[str, int]]]:
    async with factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
        lines = await uow.group_buys.participants(group_buy_id)
    assert found is not None
    return found.sold, [(line.user_id, line.quantity) for line in lines]


async def test_the_same_update_twice_joins_once_and_answers_the_same(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 3", "1"))

    first = await app.handle(_say("bob", "+2", "2"))
    again = await app.handle(_say("bob", "+2", "2"))

    assert again == first
    assert first[0].text.startswith("Bob is in: 2 × Mangoes")
    assert await _sold(uow_factory) == (2, [("bob", 2)])


async def test_a_repeated_refusal_gets_the_first_answer_even_when_it_would_now_succeed(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 1", "1"))
    await app.handle(_say("bob", "+1", "2"))
    refused = await app.handle(_say("cat", "+1", "3"))
    await app.handle(_say("bob", "-1", "4"))  # a unit is free again

    again = await app.handle(_say("cat", "+1", "3"))

    assert refused[0].text == again[0].text == f"Cat: {SOLD_OUT}"
    assert await _sold(uow_factory) == (0, [])


async def test_a_repeat_arriving_while_the_first_is_at_work_changes_nothing(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))

    answers = await asyncio.gather(*(app.handle(_say("bob", "+3", "2")) for _ in range(5)))

    assert all(answer == answers[0] for answer in answers)
    assert answers[0][0].text.startswith("Bob is in: 3 × Mangoes")
    assert await _sold(uow_factory) == (3, [("bob", 3)])


async def test_a_friends_line_is_its_own_and_a_plain_join_after_it_keeps_the_first_join_time(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    first = await join(uow_factory, clock, "u1", friend="小王")
    clock.advance(minutes=5)

    own = await join(uow_factory, clock, "u1", 2)
    clock.advance(minutes=5)
    again = await join(uow_factory, clock, "u1", friend="小王")

    async with uow_factory() as uow:
        friend = await uow.group_buys.participant(group_buy.id, "u1", "小王")
        lines = await uow.group_buys.participants(group_buy.id)
    assert friend is not None
    assert (friend.quantity, friend.friend, friend.joined_at) == (2, "小王", first.line.joined_at)
    assert [(line.user_id, line.friend, line.quantity) for line in lines] == [
        ("u1", "小王", 2),
        ("u1", "", 2),
    ]
    assert (own.line.quantity, again.line.quantity) == (2, 2)


async def test_a_join_without_a_note_keeps_the_lines_note(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", note="3号楼502")

    await join(uow_factory, clock, "u1", 2)

    async with uow_factory() as uow:
        line = await uow.group_buys.participant(group_buy.id, "u1")
    assert line is not None
    assert (line.quantity, line.note) == (3, "3号楼502")


async def test_a_rollback_after_a_write_undoes_it_and_the_unit_can_go_on(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        await uow.chats.set_language("c1", "en")
        await uow.rollback()
        assert await uow.updates.record("k1", "refused")
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.chats.language("c1") is None
        assert await uow.updates.answer("k1") == "refused"
        assert not await uow.updates.record("k1", "other")


async def test_a_rollback_after_reads_only_still_lets_the_next_writes_commit(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        assert await uow.chats.language("c2") is None
        await uow.rollback()
        await uow.chats.set_language("c2", "zh")
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.chats.language("c2") == "zh"


async def test_a_member_who_only_chatted_is_found_by_name_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88", "1"))
    assert await app.handle(_say("hal", "hello everyone", "2")) == []  # chatter: no answer, one write

    added = await app.handle(_say("amy", "/helper #1 @Hal", "3"))

    assert added[0].text.startswith("Hal can now take pickup codes of #1 Mangoes")


async def test_a_single_cancel_after_the_close_tells_who_waited_once(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """rep38 #7 on storage: `/cancel 1-1` frees a unit; Eve, who waited at the close, hears it once."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("bob", "+1", "2"))
    await app.handle(_say("cat", "+1", "3"))
    await app.handle(_say("eve", "/waitlist 1", "4"))
    await app.handle(_say("amy", "/close", "5"))
    first = await app.handle(_say("amy", "/cancel 1-1", "6"))
    told = {reply.private_to: reply.text for reply in first if reply.private_to}
    assert told["eve"].startswith(
        "Unpaid orders of Mangoes (#1) were cancelled after the close: 1 came free."
    )
    second = await app.handle(_say("amy", "/cancel 1-2", "7"))
    assert "eve" not in {reply.private_to for reply in second}


async def test_an_order_cancelled_unpaid_is_brought_back_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """rep40 #1 on storage: `/restore 1-1` of a cancelled order stores it unpaid again (its history kept),
    the same message twice restores once, and `/paid 1-1` then confirms it."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("bob", "+1", "2"))
    await app.handle(_say("amy", "/close", "3"))
    await app.handle(_say("amy", "/cancel 1-1", "4"))

    first = await app.handle(_say("amy", "/restore 1-1", "5"))
    again = await app.handle(_say("amy", "/restore 1-1", "5"))
    paid = await app.handle(_say("amy", "/paid 1-1", "6"))

    assert again == first
    assert (
        first[0].text
        == "Order #1-1 (Bob) is back and waiting for payment. When the money arrives, send /paid 1-1."
    )
    assert paid[0].text == "✅ Bob's order #1-1 is paid."
    async with uow_factory() as uow:
        order = next(iter(await uow.orders.for_group_buy(1)))
    assert [change.action for change in order.history] == ["cancel", "restore", "pay"]


async def test_a_lapsed_order_is_brought_back_with_a_fresh_pay_by_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """s28 on storage: `/restore 1-1` of an order lapsed unpaid stores a fresh pay-by time (the pay window
    from now) and owes its reminder again, so the next sweep leaves it waiting for payment."""
    clock = FakeClock()
    config = AppConfig(online_payment=True, payment_secret="s" * 32)
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=config)
    await app.handle(_say("amy", "/groupbuy Mangoes price 88", "1"))
    await app.handle(_say("bob", "+1", "2"))
    await app.handle(_say("amy", "/close", "3"))
    clock.advance(hours=23)
    assert await app.checkout.remind_unpaid(clock.now())  # reminded once before its first pay-by time
    clock.advance(hours=2)
    await app.checkout.expire_unpaid(clock.now())

    restored = await app.handle(_say("amy", "/restore 1-1", "4"))
    clock.advance(hours=23)
    reminded = await app.checkout.remind_unpaid(clock.now())
    await app.checkout.expire_unpaid(clock.now())

    assert restored[0].text.startswith("Order #1-1 (Bob) is back and waiting for payment.")
    async with uow_factory() as uow:
        order = next(iter(await uow.orders.for_group_buy(1)))
    assert order.status.value == "pending_payment"
    assert order.pay_by == clock.now() + timedelta(hours=1)  # 24 hours after the restore
    assert reminded and order.reminded_at == clock.now()  # reminded again before the new one


async def test_a_bare_join_skips_a_sold_out_one_and_a_cancelled_orders_report_names_the_way_back_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """rep43 #3 and #6 on storage: a bare `+1` beside a sold-out group buy joins the one left, saying so;
    `/ipaid 1-1` of an order cancelled unpaid names the organiser who can `/restore 1-1`."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 1", "1"))
    await app.handle(_say("bob", "+1", "2"))
    await app.handle(_say("amy", "/groupbuy Eggs price 5", "3"))

    joined = await app.handle(_say("cat", "+1", "4"))
    await app.handle(_say("amy", "/close #1", "5"))
    await app.handle(_say("amy", "/cancel 1-1", "6"))
    reported = await app.handle(_say("bob", "/ipaid 1-1", "7"))

    assert joined[0].text.endswith("Sold out: #1 Mangoes, so this joined #2 Eggs.")
    assert await _sold(uow_factory, 2) == (1, [("cat", 1)])
    assert reported[0].text == (
        "Order #1-1 was cancelled, so it cannot be paid: nothing was charged. If you have paid already, "
        "tell the organiser, Amy, who can bring it back with /restore 1-1."
    )


async def test_an_option_sold_out_on_its_own_is_never_offered_to_a_bare_join_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """s28 on storage (the open group buys of a chat are listed without each option's count): a bare
    `+1`'s question gives an option still to be had as the example and names the one sold out apart;
    `+1 large` names the options left."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Zongzi options small:30:5,large:50:1", "1"))
    await app.handle(_say("bob", "+1 large", "2"))
    await app.handle(_say("amy", "/groupbuy Milk price 10", "3"))

    asked = await app.handle(_say("cat", "+1", "4"))
    refused = await app.handle(_say("dee", "+1 large", "5"))

    assert "(Zongzi: +1 #1 small; Milk: +1 #2)" in asked[0].text, asked[0].text
    assert asked[0].text.endswith("Sold out: #1 Zongzi large.")
    assert refused[0].text.endswith("Still to be had: small, e.g. +1 small."), refused[0].text
    assert await _sold(uow_factory, 1) == (1, [("bob", 1)])


async def test_friend_lines_count_toward_one_members_limit_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 20 limit 3", "1"))
    await app.handle(_say("troll", "+2 for A", "2"))

    refused = await app.handle(_say("troll", "+2 for B", "3"))
    kicked = await app.handle(_say("amy", "/remove @Troll all", "4"))

    assert refused[0].text.startswith("Sorry, Mangoes is limited to 3 per person, and the lines you sign up")
    assert kicked[0].text.startswith("Amy removed all of Troll's lines from Mangoes (#1): Troll for A ×2")
    assert await _sold(uow_factory) == (0, [])
