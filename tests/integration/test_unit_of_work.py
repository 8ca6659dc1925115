"""SqlUnitOfWork: one transaction per unit, rolled back unless committed, events only after a commit."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from commerce.domain.events import GroupBuyOpened, Joined
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, join, open_buy, stored


async def test_work_left_without_commit_changes_nothing(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        await uow.chats.set_language(CHAT, "en")
        assert await uow.chats.language(CHAT) == "en"  # visible inside the unit
        found = await uow.group_buys.latest_open_in_chat(CHAT)
        assert found is not None
        found.cancel(actor="org", is_admin=False, now=clock.now())
        assert await uow.group_buys.save_status(found, previous="open")
    async with uow_factory() as uow:
        assert await uow.chats.language(CHAT) is None
    assert (await stored(uow_factory, group_buy.id)).is_open


async def test_an_exception_rolls_back_and_propagates(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    with pytest.raises(RuntimeError, match="handler broke"):
        async with uow_factory() as uow:
            await uow.chats.set_language(CHAT, "en")
            raise RuntimeError("handler broke")
    async with uow_factory() as uow:
        assert await uow.chats.language(CHAT) is None


async def test_events_are_handed_out_once_and_only_after_commit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    uow = uow_factory()
    assert isinstance(uow, SqlUnitOfWork)
    async with uow:
        uow.record(GroupBuyOpened(1, CHAT, "2026-11-23T12:00:00+00:00"))
    assert uow.collect_events() == []

    group_buy = await open_buy(uow_factory, clock)
    uow = uow_factory()
    async with uow:
        from commerce.services import group_buys as service

        await service.join(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u1", display_name="U1", quantity=2, now=clock.now()
        )
        await uow.commit()
    assert group_buy.id is not None
    assert uow.collect_events() == [Joined(group_buy.id, "u1", 2, 2)]
    assert uow.collect_events() == []


async def test_work_after_a_commit_is_a_new_transaction(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.chats.set_language("a", "en")
        await uow.commit()
        await uow.chats.set_language("b", "en")  # not committed
    async with uow_factory() as uow:
        assert (await uow.chats.language("a"), await uow.chats.language("b")) == ("en", None)


async def test_a_unit_of_work_is_used_once_at_a_time(uow_factory: SqlUnitOfWorkFactory) -> None:
    uow = uow_factory()
    with pytest.raises(RuntimeError, match="not open"):
        _ = uow.connection
    async with uow:
        with pytest.raises(RuntimeError, match="already open"):
            await uow.__aenter__()
    with pytest.raises(RuntimeError, match="not open"):
        await uow.commit()


async def test_units_of_work_do_not_see_each_others_uncommitted_joins(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 2)
    async with uow_factory() as uow:
        from commerce.services import group_buys as service

        await service.join(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u2", display_name="U2", quantity=5, now=clock.now()
        )
        # rolled back on leaving
    assert (await stored(uow_factory, group_buy.id)).sold == 2


async def test_on_sqlite_units_take_turns_in_arrival_order(tmp_path: Path) -> None:
    """A worker that just finished queues behind the others instead of taking the connection again."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url))
    granted: list[str] = []

    async def worker(name: str) -> None:
        for round_ in range(3):
            async with factory() as uow:
                granted.append(name)
                await uow.chats.set_language(f"{name}-{round_}", "en")
                await uow.commit()

    try:
        await asyncio.gather(worker("a"), worker("b"), worker("c"))
        assert granted == ["a", "b", "c"] * 3
        async with factory() as uow:
            assert await uow.chats.language("c-2") == "en"
    finally:
        await factory.dispose()


async def test_on_sqlite_a_unit_opened_inside_another_fails_clearly(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url), wait_seconds=0.2)
    try:
        async with factory():
            with pytest.raises(TimeoutError, match="unit of work opened inside another"):
                async with factory():
                    pass
    finally:
        await factory.dispose()


async def test_the_unit_of_work_collects_every_aggregates_events_without_being_told(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Opening, joining and closing record nothing by hand: commit pulls the events of every group buy
    and order the repositories handed out, in the order they were first seen; a rollback drops them."""
    from commerce.domain.events import GroupBuyOpened, OrderCreated, Succeeded
    from commerce.services import group_buys as service

    group_buy = await open_buy(uow_factory, clock, target=2)
    assert group_buy.id is not None
    uow = uow_factory()
    async with uow:
        await service.join(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u2", display_name="U2", quantity=1, now=clock.now()
        )
        # not committed: leaving the block rolls the join and its event back
    assert uow.collect_events() == []
    uow = uow_factory()
    async with uow:
        await service.join(
            uow, chat_id=CHAT, group_buy_id=None, user_id="u1", display_name="U1", quantity=2, now=clock.now()
        )
        closing = await service.close(
            uow, chat_id=CHAT, group_buy_id=None, actor="amy", is_admin=True, now=clock.now()
        )
        await uow.commit()
    [order] = closing.orders
    assert order.id is not None
    events = uow.collect_events()
    assert events[:2] == [Joined(group_buy.id, "u1", 2, 2), Succeeded(group_buy.id, CHAT)]
    assert events[2:] == [OrderCreated(order.id, group_buy.id, "u1", order.total, order.currency)]
    assert not any(isinstance(event, GroupBuyOpened) for event in events)  # reported when it opened
