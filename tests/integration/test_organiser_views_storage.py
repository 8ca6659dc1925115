"""The organiser's read side on SQLite and PostgreSQL: /mine's group buys with their money computed by the
database, and the organiser's list (名单 in private, /export) from stored lines and orders."""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.reach import Where
from commerce.domain.roster import Payment
from commerce.services import orders as order_service
from commerce.services import organiser
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import ORGANISER, close, join, open_buy


async def test_mine_lists_the_organisers_group_buys_newest_first_with_their_money(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock)
    assert first.id is not None
    await join(uow_factory, clock, "bob", 2, group_buy_id=first.id)
    await join(uow_factory, clock, "cat", 1, group_buy_id=first.id)
    await join(uow_factory, clock, "dan", 1, group_buy_id=first.id)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, first.id)}
    async with uow_factory() as uow:
        await order_service.confirm_paid(
            uow, order_id=orders["bob"].id, actor=ORGANISER, is_admin=False, now=clock.now(),
            where=Where("chat-1"),
        )  # fmt: skip
        await uow.commit()
    second = await open_buy(uow_factory, clock, chat_id="chat-2")
    await open_buy(uow_factory, clock, chat_id="chat-3")
    async with uow_factory() as uow:  # someone else's: never listed
        await uow.group_buys.add(
            type(second)(None, "chat-9", "eve", "Eve", second.terms, clock.now(), lang="zh")
        )
        await uow.commit()

    async with uow_factory() as uow:
        mine = await organiser.group_buys_of(uow, organiser_id=ORGANISER)
        newest = await uow.views.group_buys_of(ORGANISER, limit=1)
        counted = await organiser.count_group_buys_of(uow, organiser_id=ORGANISER)  # not eve's

    assert [(s.id, s.chat_id, s.status) for s in mine] == [
        (3, "chat-3", GroupBuyStatus.OPEN),
        (2, "chat-2", GroupBuyStatus.OPEN),
        (1, "chat-1", GroupBuyStatus.SUCCEEDED),
    ]
    assert counted == 3
    done = mine[2]
    assert (done.title, done.currency, done.sold, done.orders) == ("海南贵妃芒 5斤", "CNY", 4, 3)
    assert (done.collected, done.outstanding) == (2 * 8800, 2 * 8800)  # 4 units: below the 5-unit tier
    assert done.deadline == first.terms.deadline
    assert [s.id for s in newest] == [3]
    assert done.unit == ""  # sold by the 份: `4 份`


async def test_mine_reads_the_unit_a_group_buy_is_sold_in(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock)
    assert first.id is not None
    async with uow_factory() as uow:  # `价格 15元/斤`: sold per 斤, `/mine` says `2斤`
        await uow.group_buys.add(
            type(first)(
                None, "chat-2", ORGANISER, "Amy", replace(first.terms, unit="斤"), clock.now(), lang="zh"
            )
        )
        await uow.commit()

    async with uow_factory() as uow:
        mine = await uow.views.group_buys_of(ORGANISER, limit=5)

    assert [(s.id, s.unit) for s in mine] == [(2, "斤"), (1, "")]


async def test_the_organisers_list_reads_stored_lines_and_orders(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 2, group_buy_id=opened.id, note="3号楼502")
    await join(uow_factory, clock, "bob", 1, group_buy_id=opened.id, friend="小王")
    await join(uow_factory, clock, "cat", 1, group_buy_id=opened.id)
    await close(uow_factory, clock, opened.id)

    async with uow_factory() as uow:
        roster = await organiser.roster(
            uow, where=Where(ORGANISER, private=True), group_buy_id=None, actor=ORGANISER
        )

    assert [
        (line.name, line.friend, line.quantity, line.note, line.order_total) for line in roster.lines
    ] == [
        ("Name bob", "", 2, "3号楼502", 3 * 8800),
        ("Name bob", "小王", 1, "", None),
        ("Name cat", "", 1, "", 8800),
    ]
    assert {line.payment for line in roster.lines} == {Payment.UNPAID}
    assert (roster.units, roster.amount, roster.outstanding, roster.collected) == (4, 4 * 8800, 4 * 8800, 0)
