"""Product options (多规格) in storage, on SQLite and PostgreSQL (fast and stock paths): a line per member,
friend and option; each option's stock held by its own guarded write, whatever the concurrency; orders
with a line per option at that option's price less the tier's discount."""

from __future__ import annotations

import asyncio
from collections import Counter

from commerce.domain.group_buy import PriceTier, ProductOption
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import close, join, leave, open_options, stored
from tests.integration.conftest import outcome as _outcome

SMALL, BIG = ProductOption("3斤", 5800, 20), ProductOption("5斤", 8800)


async def test_a_member_holds_a_line_per_option_and_each_option_counts_what_is_taken(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_options(uow_factory, clock, SMALL, BIG)
    assert group_buy.id is not None

    await join(uow_factory, clock, "bob", 2, option="3斤")
    await join(uow_factory, clock, "bob", 1, option="5斤")
    again = await join(uow_factory, clock, "bob", 1, option="5斤")
    await join(uow_factory, clock, "bob", 1, option="5斤", friend="小王")

    assert again.line.quantity == 2 and again.line.option == "5斤"
    found = await stored(uow_factory, group_buy.id)
    assert found.sold == 5 and found.option_sold == {"3斤": 2, "5斤": 3}
    assert found.terms.options == (SMALL, BIG) and found.terms.unit_price == 5800
    async with uow_factory() as uow:
        lines = await uow.group_buys.lines_of(group_buy.id, "bob")
        small = await uow.group_buys.participant(group_buy.id, "bob", "", "3斤")
        plain = await uow.group_buys.participant(group_buy.id, "bob")
        count = await uow.group_buys.count_lines(group_buy.id)
    assert [(line.friend, line.option, line.quantity) for line in lines] == [
        ("", "3斤", 2),
        ("", "5斤", 2),
        ("小王", "5斤", 1),
    ]
    assert small is not None and small.quantity == 2
    assert plain is None  # no line without an option
    assert count == 3


async def test_leaving_an_option_frees_its_units_and_a_whole_line_goes(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_options(uow_factory, clock, SMALL, BIG)
    assert group_buy.id is not None
    await join(uow_factory, clock, "bob", 3, option="3斤")
    await join(uow_factory, clock, "bob", 1, option="5斤")

    lowered = await leave(uow_factory, clock, "bob", 1, option="3斤")
    gone = await leave(uow_factory, clock, "bob", None, option="5斤")

    assert lowered.line.quantity == 2 and gone.line.quantity == 0
    found = await stored(uow_factory, group_buy.id)
    assert found.sold == 2 and found.option_sold == {"3斤": 2, "5斤": 0}
    async with uow_factory() as uow:
        lines = await uow.group_buys.lines_of(group_buy.id, "bob")
        count = await uow.group_buys.count_lines(group_buy.id)
    assert [(line.option, line.quantity) for line in lines] == [("3斤", 2)]
    assert count == 1


async def test_two_members_taking_the_last_unit_of_an_option_at_once_one_gets_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    last = ProductOption("礼盒", 12800, 3)
    group_buy = await open_options(uow_factory, clock, last, BIG)
    assert group_buy.id is not None
    await join(uow_factory, clock, "amy", 2, option="礼盒")

    outcomes = await asyncio.gather(
        _outcome(join(uow_factory, clock, "bob", 1, option="礼盒")),
        _outcome(join(uow_factory, clock, "cat", 1, option="礼盒")),
    )

    assert sorted(outcomes) == ["ok", "option_sold_out"] or sorted(outcomes) == ["busy_try_again", "ok"]
    found = await stored(uow_factory, group_buy.id)
    assert found.option_sold == {"礼盒": 3, "5斤": 0} and found.sold == 3
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    assert sum(line.quantity for line in lines if line.option == "礼盒") == 3
    assert await _outcome(join(uow_factory, clock, "dan", 1, option="礼盒")) == "option_sold_out"
    assert await _outcome(join(uow_factory, clock, "dan", 1, option="5斤")) == "ok"  # the other option is not


async def test_forty_buyers_racing_for_an_options_ten_units_buy_exactly_ten(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_options(uow_factory, clock, ProductOption("3斤", 5800, 10), BIG)
    assert group_buy.id is not None

    outcomes = await asyncio.gather(
        *(_outcome(join(uow_factory, clock, f"b{i}", 1, option="3斤")) for i in range(40))
    )

    counts = Counter(outcomes)
    assert counts["ok"] == 10
    assert set(counts) <= {"ok", "option_sold_out", "busy_try_again"}
    found = await stored(uow_factory, group_buy.id)
    assert found.sold == 10 and found.option_sold["3斤"] == 10
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    assert len(lines) == 10 and {line.option for line in lines} == {"3斤"}


async def test_a_join_the_group_buys_stock_refuses_leaves_its_options_count_as_it_was(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_options(uow_factory, clock, SMALL, BIG, stock=3)
    assert group_buy.id is not None
    await join(uow_factory, clock, "bob", 3, option="5斤")  # the whole stock, in the other option

    async with uow_factory() as uow:  # the option's own write succeeds, the group buy's guard refuses
        fresh = await uow.group_buys.get(group_buy.id)
        assert fresh is not None
        fresh.sold = 0  # as if read before Bob's join: the domain lets it through to the guarded writes
        line = fresh.join(None, user_id="cat", display_name="Cat", quantity=1, now=clock.now(), option="3斤")
        written = await uow.group_buys.change_participation(fresh, line, 1, now=clock.now())
        await uow.commit()

    assert written is False
    found = await stored(uow_factory, group_buy.id)
    assert found.sold == 3 and found.option_sold == {"3斤": 0, "5斤": 3}
    async with uow_factory() as uow:
        assert await uow.group_buys.participant(group_buy.id, "cat", "", "3斤") is None


async def test_orders_have_a_line_per_option_at_its_price_less_the_tiers_discount(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    tiers = (PriceTier(4, 5800 - 500),)  # from 4 units in total, ¥5 off every option
    group_buy = await open_options(uow_factory, clock, SMALL, BIG, tiers=tiers, target=2)
    assert group_buy.id is not None
    await join(uow_factory, clock, "bob", 2, option="3斤")
    await join(uow_factory, clock, "bob", 1, option="5斤")
    await join(uow_factory, clock, "bob", 1, option="5斤", friend="小王")
    await join(uow_factory, clock, "cat", 1, option="5斤")

    orders = {order.buyer_id: order for order in await close(uow_factory, clock, group_buy.id)}

    bob = orders["bob"]
    assert [(line.description, line.quantity, line.unit_price) for line in bob.lines] == [
        ("海南芒果 3斤", 2, 5300),
        ("海南芒果 5斤", 1, 8300),
        ("海南芒果 5斤 (小王)", 1, 8300),
    ]
    assert bob.total == 2 * 5300 + 2 * 8300
    assert orders["cat"].total == 8300
    async with uow_factory() as uow:
        again = await uow.orders.get(bob.id or 0)
    assert again is not None and again.total == bob.total and len(again.lines) == 3
