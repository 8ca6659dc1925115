"""Big group buys on real storage (SQLite and PostgreSQL): the card of 5,000 reads 50 lines and says
what the whole list would, and a close writes its orders in batches, each buyer's once, even when a
batch is retried, two processes finish it together, or the process dies half-way.

No timing is asserted (bench/join_contention.py measures it): what users see is.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from sqlalchemy import func, insert, select, update

from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.services import group_buys as group_buy_service
from commerce.services import orders as order_service
from handlers import cards
from handlers.app import AppConfig, ChatApp
from handlers.outbox import delivery
from handlers.types import Reply, Request
from storage.tables import group_buys, orders, outbox, participants
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.fakes import FakeClock

BIG = 5000
ROOM, OTHER = "room", "other-room"
CONFIG = AppConfig(outbox_platform="telegram")  # as every bot process: replies are outbox rows
PRICE = 6800  # what `tiers 100:78,300:68` charges from 300 units


def _say(user: str, text: str, update_id: str, chat: str = ROOM) -> Request:
    return Request(
        platform="test",
        chat_id=chat,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language="en",
    )


def _member(i: int) -> str:
    return f"m{i:05d}"


def _units(i: int) -> int:
    """Member i's own units: every third takes 3."""
    return 3 if i % 3 == 0 else 1


def _friend(i: int) -> bool:
    """Every tenth member also signed up a friend (2 units, their own line, on the member's order)."""
    return i % 10 == 0


def _owed(i: int) -> int:
    return (_units(i) + (2 if _friend(i) else 0)) * PRICE


async def _opened(factory: SqlUnitOfWorkFactory, clock: FakeClock, chat: str = ROOM) -> tuple[ChatApp, int]:
    app = ChatApp(uow_factory=factory, clock=clock, config=CONFIG)
    opened = await app.handle(
        _say("amy", "/groupbuy Mangoes price 88 tiers 100:78,300:68", f"open-{chat}", chat)
    )
    return app, next(r.card_of for r in opened if r.card_of is not None)


async def _seed(factory: SqlUnitOfWorkFactory, clock: FakeClock, group_buy_id: int, members: int) -> None:
    """`members` lines (and every tenth member's friend's) written straight into storage, with the
    group buy's counters, as if each had joined: 5,000 joins through the app would be the slow part."""
    rows: list[dict[str, Any]] = []
    for i in range(members):
        line = {"group_buy_id": group_buy_id, "joined_at": clock.now(), "note": ""}
        rows.append(
            {
                **line,
                "user_id": _member(i),
                "friend": "",
                "display_name": f"Member {i}",
                "quantity": _units(i),
            }
        )
        if _friend(i):
            rows.append(
                {
                    **line,
                    "user_id": _member(i),
                    "friend": f"Friend {i}",
                    "display_name": f"Member {i}",
                    "quantity": 2,
                }
            )
    gb = group_buys.c
    sold = sum(row["quantity"] for row in rows)
    async with factory.engine.begin() as conn:
        await conn.execute(insert(participants), rows)
        grown = {"sold": gb.sold + sold, "line_count": gb.line_count + len(rows)}
        await conn.execute(update(group_buys).where(gb.id == group_buy_id).values(grown))


async def _orders(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> list[Order]:
    async with factory() as uow:
        return await uow.orders.for_group_buy(group_buy_id)


async def _order_messages(factory: SqlUnitOfWorkFactory) -> dict[str, list[str]]:
    """The private messages queued for each member (their chat is their id), in order."""
    async with factory() as uow:
        rows = await uow.outbox.due("send:", now=FakeClock().now().replace(year=2100), limit=100_000)
    found: dict[str, list[str]] = {}
    for row in rows:
        sent = delivery(row)
        if sent.chat.startswith("m"):
            found.setdefault(sent.chat, []).append(sent.reply.text)
    return found


async def _pending(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> int | None:
    async with factory() as uow:
        return await uow.group_buys.orders_upto(group_buy_id)


def _exactly_once(orders_made: list[Order], messages: dict[str, list[str]], members: int) -> None:
    """One order per member at the final price with their friend's units, and their message once;
    the orders numbered 1, 2, 3... in the order the members joined (`#1-1` is the first line's)."""
    assert sorted(order.buyer_id for order in orders_made) == [_member(i) for i in range(members)]
    numbered = sorted(orders_made, key=lambda order: order.seq or 0)
    assert [order.seq for order in numbered] == list(range(1, members + 1))
    assert [order.buyer_id for order in numbered] == [_member(i) for i in range(members)]
    assert {order.buyer_id: order.total for order in orders_made} == {
        _member(i): _owed(i) for i in range(members)
    }
    assert sorted(messages) == [_member(i) for i in range(members)]
    assert all(len(texts) == 1 for texts in messages.values())
    by_buyer = {order.buyer_id: order for order in orders_made}
    for buyer, [text] in messages.items():
        order = by_buyer[buyer]
        assert text.startswith(
            f"Your order #{order.group_buy_id}-{order.seq} in Mangoes (#{order.group_buy_id}):"
        )
        assert f"Total: ¥{order.total // 100:,}\n" in text


async def test_the_card_of_5000_reads_the_first_lines_and_says_what_the_whole_list_would(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, BIG)

    card = await app.render_card(group_buy_id)

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        everyone = await uow.group_buys.participants(group_buy_id)
    assert group_buy is not None and len(everyone) == 5500
    whole = cards.render(group_buy, everyone, lang="en", tz=app.tz, now=clock.now())
    assert card.text == whole.text  # as the card read from the whole list
    lines = card.text.splitlines()
    assert lines[-2:] == ["50. Member 44 ×1", f"… and 5450 more: /list #{group_buy_id}"]
    assert lines[-51:-48] == ["1. Member 0 ×3", "2. Member 0 for Friend 0 ×2", "3. Member 1 ×1"]


async def test_joins_and_leaves_keep_the_count_of_lines_the_card_folds(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=CONFIG)
    await app.handle(_say("amy", "/groupbuy Pears price 10 stock 6", "1"))
    steps = [
        ("bob", "+1", 1),  # a new line
        ("bob", "+1", 1),  # the same line
        ("cat", "+2 for Dan", 2),  # a friend's line
        ("cat", "+1", 3),  # the member's own line beside it
        ("eve", "+9", 3),  # refused: over the stock
        ("bob", "-1", 3),  # lowered: 1 left
        ("bob", "-1", 2),  # gone
        ("cat", "-1", 1),  # the member's own line gone, the friend's stays
    ]
    for n, (user, text, lines) in enumerate(steps):
        await app.handle(_say(user, text, f"s{n}"))
        async with uow_factory() as uow:
            assert await uow.group_buys.get(1) is not None
            counted = await uow.group_buys.count_lines(1)
            listed = await uow.group_buys.participants(1)
        assert counted == len(listed) == lines, text


async def test_the_card_of_a_big_success_counts_paid_orders_as_the_whole_list_would(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, 300)
    await app.handle(_say("amy", "/close", "close"))
    made = {order.buyer_id: order for order in await _orders(uow_factory, group_buy_id)}
    async with uow_factory() as uow:  # paid: one shown on the card, one far below; one cancelled
        for buyer in (_member(2), _member(250)):
            order_id = made[buyer].id or 0
            await order_service.confirm_paid(
                uow, order_id=order_id, actor="amy", is_admin=False, now=clock.now(), where=Where(ROOM)
            )
        lapsed = made[_member(3)]
        lapsed.cancel(actor="system", now=clock.now())
        await uow.orders.save(lapsed)
        await uow.commit()

    card = await app.render_card(group_buy_id)

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        everyone = await uow.group_buys.participants(group_buy_id)
        every_order = await uow.orders.for_group_buy(group_buy_id)
    assert group_buy is not None
    paid = {o.buyer_id for o in every_order if o.status is OrderStatus.PAID}
    dropped = {o.buyer_id for o in every_order if o.status is OrderStatus.CANCELLED}
    unsold = (sum(o.quantity for o in every_order if o.status is OrderStatus.CANCELLED), 0)  # not sold
    whole = cards.render(
        group_buy, everyone, lang="en", tz=app.tz, now=clock.now(), paid=paid, dropped=dropped, unsold=unsold
    )
    assert card.text == whole.text
    assert "💰 2/299 paid" in card.text.splitlines()


async def test_closing_5000_gives_each_buyer_one_order_with_the_exact_total_and_their_message(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, BIG)

    replies = await app.handle(_say("amy", "/close", "close"))

    units = sum(_owed(i) for i in range(BIG)) // PRICE
    assert replies[1].text.startswith(
        f"✅ Mangoes (#{group_buy_id}) succeeded at ¥68 each: {BIG} orders, {units} units."
    )
    assert Counter(reply.private_to for reply in replies if reply.private_to) == Counter(
        {_member(i): 1 for i in range(BIG)} | {"amy": 1}  # each buyer's order; her summary
    )
    _exactly_once(await _orders(uow_factory, group_buy_id), await _order_messages(uow_factory), BIG)
    assert await _pending(uow_factory, group_buy_id) is None
    assert group_buy_id not in dict(await app.open_deadlines())


async def test_a_join_in_another_chat_is_served_while_a_big_close_writes_its_orders(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, 1000)
    await app.handle(_say("amy", "/groupbuy Pears price 10", "open-pears", OTHER))

    closing = asyncio.create_task(app.handle(_say("amy", "/close", "close")))
    await asyncio.sleep(0)  # the close takes the database first
    answers: list[list[Reply]] = []
    while not closing.done():
        answers.append(await app.handle(_say(f"p{len(answers)}", "+1", f"p{len(answers)}", OTHER)))
    await closing

    assert answers
    for n, answer in enumerate(answers):
        assert answer[0].text.startswith(f"P{n} is in: 1 × Pears (#2).")
    async with uow_factory() as uow:
        pears = await uow.group_buys.get(2)
        queued = [delivery(row) for row in await uow.outbox.due("send:", now=clock.now(), limit=100_000)]
    assert pears is not None and pears.sold == len(answers)
    first_join = min(sent.item_id for sent in queued if sent.update == "p0")
    last_order = max(sent.item_id for sent in queued if sent.chat.startswith("m"))
    assert first_join < last_order  # served between the close's batches, not after them all
    _exactly_once(await _orders(uow_factory, group_buy_id), await _order_messages(uow_factory), 1000)


class _DiesAfter:
    """A unit of work factory whose commits fail after `commits` of them: the process died there."""

    def __init__(self, inner: SqlUnitOfWorkFactory, commits: int) -> None:
        self.inner = inner
        self.left = commits

    def __call__(self) -> SqlUnitOfWork:
        uow = self.inner()
        commit = uow._commit

        async def dying() -> None:
            if self.left <= 0:
                raise ConnectionError("the process died")
            self.left -= 1
            await commit()

        uow._commit = dying  # type: ignore[method-assign]
        return uow


async def test_a_close_that_died_between_batches_is_finished_by_the_deadline_sweep_once_per_buyer(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    _, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, 600)
    dying = ChatApp(uow_factory=_DiesAfter(uow_factory, commits=3), clock=clock, config=CONFIG)

    replies = await dying.handle(_say("amy", "/close", "close"))  # the close and two more batches

    assert replies[1].text.startswith(f"✅ Mangoes (#{group_buy_id}) succeeded at ¥68 each: 600 orders")
    half = await _orders(uow_factory, group_buy_id)
    assert 0 < len(half) < 600
    assert await _pending(uow_factory, group_buy_id) is not None
    restarted = ChatApp(uow_factory=uow_factory, clock=clock, config=CONFIG)
    assert (group_buy_id, clock.now()) in await restarted.open_deadlines()  # the sweep runs it at once

    finished = await restarted.expire(group_buy_id)

    assert (
        sorted(reply.private_to or "" for reply in finished) == [_member(i) for i in range(600)][len(half) :]
    )
    _exactly_once(await _orders(uow_factory, group_buy_id), await _order_messages(uow_factory), 600)
    assert await _pending(uow_factory, group_buy_id) is None
    assert group_buy_id not in dict(await restarted.open_deadlines())
    assert await restarted.expire(group_buy_id) == []  # a late firing changes nothing


async def test_batches_written_again_or_by_two_processes_at_once_make_no_second_order(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    _, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, 600)
    await ChatApp(uow_factory=_DiesAfter(uow_factory, commits=1), clock=clock, config=CONFIG).handle(
        _say("amy", "/close", "close")
    )
    first, second = (ChatApp(uow_factory=uow_factory, clock=clock, config=CONFIG) for _ in range(2))

    await asyncio.gather(first.finish_orders(group_buy_id), second.finish_orders(group_buy_id))
    async with uow_factory() as uow:  # a stale position: every batch is written again
        await uow.group_buys.set_orders_upto(group_buy_id, 0)
        await uow.commit()
    again = await first.finish_orders(group_buy_id)

    assert again == []
    _exactly_once(await _orders(uow_factory, group_buy_id), await _order_messages(uow_factory), 600)
    async with uow_factory.engine.connect() as conn:
        count = select(func.count()).select_from(orders).where(orders.c.group_buy_id == group_buy_id)
        assert (await conn.execute(count)).scalar_one() == 600
        unsent = select(func.count()).select_from(outbox).where(outbox.c.chat_id.startswith("m"))
        assert (await conn.execute(unsent)).scalar_one() == 600
    assert await _pending(uow_factory, group_buy_id) is None


async def test_a_succeeded_group_buy_with_no_orders_pending_is_not_listed_and_expire_is_quiet(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    app, group_buy_id = await _opened(uow_factory, clock)
    await _seed(uow_factory, clock, group_buy_id, 3)
    await app.handle(_say("amy", "/close", "close"))

    assert await app.open_deadlines() == []
    assert await app.expire(group_buy_id) == []
    async with uow_factory() as uow:
        assert (
            await group_buy_service.continue_orders(uow, group_buy_id=group_buy_id, now=clock.now()) is None
        )
