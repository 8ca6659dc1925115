"""GroupBuyRepository contract on SQLite and PostgreSQL, mostly driven through the group-buy services."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant, PriceTier
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, mango_terms, open_buy, stored


async def test_add_and_get_round_trip_keeps_terms_tiers_and_aware_deadline(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    shanghai = timezone(timedelta(hours=8))
    deadline = datetime(2026, 11, 23, 20, 0, tzinfo=shanghai)
    terms = replace(mango_terms(clock, limit=3), deadline=deadline, unit="斤")  # `价格 78/斤`
    async with uow_factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=terms,
            now=clock.now(),
            lang="en",
        )
        await uow.commit()
    assert opened.id is not None

    loaded = await stored(uow_factory, opened.id)

    assert loaded.terms == opened.terms
    assert loaded.terms.tiers == (PriceTier(5, 7800), PriceTier(10, 6800))
    assert loaded.terms.pickup == "3号楼门口"
    assert loaded.terms.unit == "斤"
    assert loaded.deadline == datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai
    assert loaded.deadline.utcoffset() == timedelta(0)
    assert loaded.created_at == clock.now() and loaded.created_at.tzinfo is not None
    assert (loaded.organiser_name, loaded.lang, loaded.status, loaded.sold) == (
        "团长小美",
        "en",
        GroupBuyStatus.OPEN,
        0,
    )
    assert loaded.history == [] and loaded.closed_at is None and loaded.final_unit_price is None


async def test_get_of_unknown_id_is_none(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.group_buys.get(999) is None
        assert await uow.group_buys.latest_open_in_chat("nowhere") is None
        assert await uow.group_buys.participant(999, "u1") is None
        assert await uow.group_buys.participants(999) == []


async def test_latest_open_in_chat_is_the_newest_open_one_of_that_chat(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock)
    second = await open_buy(uow_factory, clock)
    await open_buy(uow_factory, clock, chat_id="other-chat")
    async with uow_factory() as uow:
        latest = await uow.group_buys.latest_open_in_chat(CHAT)
    assert latest is not None and latest.id == second.id

    assert second.id is not None
    async with uow_factory() as uow:
        await service.cancel(
            uow, chat_id=CHAT, group_buy_id=second.id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()
    async with uow_factory() as uow:
        latest = await uow.group_buys.latest_open_in_chat(CHAT)
    assert latest is not None and latest.id == first.id


async def test_joins_add_up_and_the_list_keeps_join_order(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 2)
    clock.advance(minutes=1)
    await join(uow_factory, clock, "u2", 1, friend="小王")
    clock.advance(minutes=1)
    again = await join(uow_factory, clock, "u1", 1)  # a second +1 adds to the first line

    assert again.line.quantity == 3
    assert again.group_buy.sold == 4
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
        mine = await uow.group_buys.participant(group_buy.id, "u2", "小王")
        own = await uow.group_buys.participant(group_buy.id, "u2")
    assert [(p.user_id, p.quantity) for p in lines] == [("u1", 3), ("u2", 1)]
    assert lines[0].joined_at == datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # first join time kept
    assert mine == Participant("u2", "Name u2", 1, datetime(2026, 11, 23, 4, 1, tzinfo=UTC), "小王")
    assert own is None  # the friend's line is theirs, not the member's
    assert (await stored(uow_factory, group_buy.id)).sold == 4


async def test_tier_price_is_reached_as_sold_grows(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 4)
    assert (await stored(uow_factory, group_buy.id)).current_unit_price == 8800
    await join(uow_factory, clock, "u2", 1)
    assert (await stored(uow_factory, group_buy.id)).current_unit_price == 7800
    await join(uow_factory, clock, "u3", 5)
    assert (await stored(uow_factory, group_buy.id)).current_unit_price == 6800


async def test_leaving_removes_units_and_a_line_at_zero_leaves_the_list(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 3)
    await join(uow_factory, clock, "u2", 3)  # the target (3) stays reached: leaving is free

    async with uow_factory() as uow:
        some = await service.leave(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u1", quantity=2, now=clock.now()
        )
        await uow.commit()
    assert (some.line.quantity, some.delta) == (1, -2)

    async with uow_factory() as uow:
        whole = await service.leave(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u1", quantity=None, now=clock.now()
        )
        await uow.commit()
    assert (whole.line.quantity, whole.delta) == (0, -1)

    async with uow_factory() as uow:
        assert await uow.group_buys.participant(group_buy.id, "u1") is None
        assert [p.user_id for p in await uow.group_buys.participants(group_buy.id)] == ["u2"]
    assert (await stored(uow_factory, group_buy.id)).sold == 3

    with pytest.raises(DomainError) as raised:
        async with uow_factory() as uow:
            await service.leave(
                uow, chat_id=CHAT, group_buy_id=None, user_id="u1", quantity=None, now=clock.now()
            )
    assert raised.value.code == "not_joined"


async def test_rejoining_after_leaving_goes_to_the_end_of_the_list(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1")
    await join(uow_factory, clock, "u2")
    async with uow_factory() as uow:
        await service.leave(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u1", quantity=None, now=clock.now()
        )
        await uow.commit()
    await join(uow_factory, clock, "u1")
    async with uow_factory() as uow:
        assert [p.user_id for p in await uow.group_buys.participants(group_buy.id)] == ["u2", "u1"]


# -- the guards of change_participation, straight on the repository ---------------------------------
async def _try(
    factory: SqlUnitOfWorkFactory, group_buy: GroupBuy, user: str, delta: int, quantity: int, now: datetime
) -> bool:
    """One guarded write in its own unit of work, committed only if it succeeded."""
    line = Participant(user, f"Name {user}", quantity, now)
    async with factory() as uow:
        ok = await uow.group_buys.change_participation(group_buy, line, delta, now=now)
        if ok:
            await uow.commit()
    return ok


async def test_change_participation_refuses_beyond_stock_and_writes_nothing(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, stock=5, target=1, tiers=())
    assert group_buy.id is not None
    now = clock.now()
    assert await _try(uow_factory, group_buy, "u1", 4, 4, now)
    assert not await _try(uow_factory, group_buy, "u2", 2, 2, now)  # 6 > stock 5
    assert await _try(uow_factory, group_buy, "u2", 1, 1, now)  # exactly the stock
    assert not await _try(uow_factory, group_buy, "u3", 1, 1, now)
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    assert [(p.user_id, p.quantity) for p in lines] == [("u1", 4), ("u2", 1)]
    assert (await stored(uow_factory, group_buy.id)).stock_left == 0


async def test_change_participation_refuses_beyond_the_per_person_limit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, limit=3)
    assert group_buy.id is not None
    now = clock.now()
    assert await _try(uow_factory, group_buy, "u1", 2, 2, now)
    assert not await _try(uow_factory, group_buy, "u1", 2, 4, now)
    assert not await _try(uow_factory, group_buy, "u2", 4, 4, now)  # a new line above the limit
    assert await _try(uow_factory, group_buy, "u1", 1, 3, now)
    async with uow_factory() as uow:
        line = await uow.group_buys.participant(group_buy.id, "u1")
        assert await uow.group_buys.participant(group_buy.id, "u2") is None
    assert line is not None and line.quantity == 3
    assert (await stored(uow_factory, group_buy.id)).sold == 3


async def test_change_participation_refuses_after_the_deadline_and_once_closed(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, hours=1, target=1)
    assert group_buy.id is not None
    assert not await _try(uow_factory, group_buy, "late", 1, 1, clock.now() + timedelta(hours=1))
    assert await _try(uow_factory, group_buy, "u1", 1, 1, clock.now() + timedelta(minutes=59))

    await close(uow_factory, clock, group_buy.id)
    assert not await _try(uow_factory, group_buy, "u2", 1, 1, clock.now())
    async with uow_factory() as uow:
        assert [p.user_id for p in await uow.group_buys.participants(group_buy.id)] == ["u1"]
    assert (await stored(uow_factory, group_buy.id)).sold == 1


async def test_a_refused_write_leaves_the_line_as_it_was_within_the_unit_of_work(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The service reads again after a refusal to explain it: it must not see a half-applied join."""
    group_buy = await open_buy(uow_factory, clock, stock=3, target=1, tiers=())
    assert group_buy.id is not None
    now = clock.now()
    assert await _try(uow_factory, group_buy, "u1", 1, 1, now)
    assert await _try(uow_factory, group_buy, "u2", 2, 2, now)
    async with uow_factory() as uow:
        assert not await uow.group_buys.change_participation(
            group_buy, Participant("u1", "Name u1", 2, now), 1, now=now
        )
        assert not await uow.group_buys.change_participation(
            group_buy, Participant("u3", "Name u3", 1, now), 1, now=now
        )
        u1 = await uow.group_buys.participant(group_buy.id, "u1")
        assert await uow.group_buys.participant(group_buy.id, "u3") is None
        assert u1 is not None and u1.quantity == 1


async def test_joining_a_sold_out_group_buy_tells_the_member_it_is_sold_out(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, stock=3, target=1, tiers=())
    await join(uow_factory, clock, "u1", 3)
    with pytest.raises(DomainError) as raised:
        await join(uow_factory, clock, "u2", 1)
    assert raised.value.code == "sold_out"
    assert group_buy.id is not None
    assert (await stored(uow_factory, group_buy.id)).sold == 3


async def test_joining_after_the_deadline_is_refused(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock, hours=1)
    with pytest.raises(DomainError) as raised:
        await join(uow_factory, clock, "u1", 1, now=clock.now() + timedelta(hours=2))
    assert raised.value.code == "group_buy_closed"


# -- status --------------------------------------------------------------------------------------------
async def test_close_saves_status_final_price_and_history(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 3)
    await join(uow_factory, clock, "u2", 2)
    clock.advance(hours=1)

    orders = await close(uow_factory, clock, group_buy.id)

    closed = await stored(uow_factory, group_buy.id)
    assert closed.status is GroupBuyStatus.SUCCEEDED
    assert closed.final_unit_price == 7800  # 5 units reached the first tier
    assert closed.closed_at == clock.now()
    assert [(h.from_status, h.to_status, h.action, h.actor, h.at) for h in closed.history] == [
        (GroupBuyStatus.OPEN, GroupBuyStatus.SUCCEEDED, "succeed", ORGANISER, clock.now())
    ]
    assert closed.history[0].reason == "closed by organiser"
    assert [(o.buyer_id, o.total) for o in orders] == [("u1", 3 * 7800), ("u2", 2 * 7800)]
    async with uow_factory() as uow:
        assert await uow.group_buys.latest_open_in_chat(CHAT) is None
        assert await uow.group_buys.open_deadlines() == []


async def test_history_is_appended_not_rewritten(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 1)
    await close(uow_factory, clock, group_buy.id)
    clock.advance(days=1)
    async with uow_factory() as uow:
        loaded = await uow.group_buys.get(group_buy.id)
        assert loaded is not None and len(loaded.history) == 1
        loaded.fulfil(actor=ORGANISER, is_admin=False, now=clock.now())
        assert await uow.group_buys.save_status(loaded, previous="succeeded")
        await uow.commit()

    fulfilled = await stored(uow_factory, group_buy.id)
    assert fulfilled.status is GroupBuyStatus.FULFILLED
    assert [(h.action, h.at) for h in fulfilled.history] == [
        ("succeed", clock.now() - timedelta(days=1)),
        ("fulfil", clock.now()),
    ]


async def test_save_status_only_from_the_stored_status(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        stale = await uow.group_buys.get(group_buy.id)
    assert stale is not None
    async with uow_factory() as uow:
        await service.cancel(
            uow, chat_id=CHAT, group_buy_id=group_buy.id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()

    stale.expire(now=clock.now() + timedelta(hours=9))
    async with uow_factory() as uow:
        assert not await uow.group_buys.save_status(stale, previous="open")
        await uow.commit()
    cancelled = await stored(uow_factory, group_buy.id)
    assert cancelled.status is GroupBuyStatus.CANCELLED
    assert [h.action for h in cancelled.history] == ["cancel"]


async def test_expire_at_the_deadline_fails_below_target_and_open_deadlines_forgets_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    below = await open_buy(uow_factory, clock, target=5, hours=1)
    reached = await open_buy(uow_factory, clock, target=1, hours=2)
    assert below.id is not None and reached.id is not None
    await join(uow_factory, clock, "u1", 2, group_buy_id=reached.id)
    async with uow_factory() as uow:
        assert await uow.group_buys.open_deadlines() == [
            (below.id, clock.now() + timedelta(hours=1)),
            (reached.id, clock.now() + timedelta(hours=2)),
        ]

    clock.advance(hours=1)
    async with uow_factory() as uow:
        failed = await service.expire(uow, group_buy_id=below.id, now=clock.now())
        await uow.commit()
    assert failed is not None and failed.orders == []
    async with uow_factory() as uow:
        assert await service.expire(uow, group_buy_id=below.id, now=clock.now()) is None  # idempotent
        assert await uow.group_buys.open_deadlines() == [(reached.id, clock.now() + timedelta(hours=1))]

    clock.advance(hours=1)
    async with uow_factory() as uow:
        succeeded = await service.expire(uow, group_buy_id=reached.id, now=clock.now())
        await uow.commit()
    assert succeeded is not None
    assert [(o.buyer_id, o.quantity, o.total) for o in succeeded.orders] == [("u1", 2, 2 * 8800)]
    assert (await stored(uow_factory, below.id)).status is GroupBuyStatus.FAILED
    assert (await stored(uow_factory, below.id)).history[0].reason == "target not reached: 0/5"


async def test_open_in_chat_lists_the_newest_and_counts_them_all(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The which-question's reads (s22 J1, J2): the newest 10 open, and how many are open, the chat's or
    one organiser's; a group buy of another chat, or closed, is not counted."""
    opened = [await open_buy(uow_factory, clock) for _ in range(12)]
    await open_buy(uow_factory, clock, chat_id="other-chat")
    assert opened[0].id is not None
    async with uow_factory() as uow:
        await service.cancel(
            uow, chat_id=CHAT, group_buy_id=opened[0].id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()
    async with uow_factory() as uow:
        newest = [g.id for g in await uow.group_buys.open_in_chat(CHAT)]
        hers = [g.id for g in await uow.group_buys.open_in_chat(CHAT, organiser=ORGANISER)]
        nobodys = await uow.group_buys.open_in_chat(CHAT, organiser="nobody")
        counted = await uow.group_buys.count_open_in_chat(CHAT)
        counted_hers = await uow.group_buys.count_open_in_chat(CHAT, organiser=ORGANISER)
        counted_nobodys = await uow.group_buys.count_open_in_chat(CHAT, organiser="nobody")

    assert newest == hers == [g.id for g in reversed(opened[2:])]
    assert (nobodys, counted, counted_hers, counted_nobodys) == ([], 11, 11, 0)
