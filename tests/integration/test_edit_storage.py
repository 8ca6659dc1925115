"""Changing a live group buy on SQLite and PostgreSQL (storage.edits and the edit use cases): terms saved
and read back, guarded writes that refuse what a concurrent join made wrong, removals, guests and copies."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from commerce.domain.edits import TermsChange
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus, PriceTier
from commerce.domain.reach import Where
from commerce.services import edits as service
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy, stored

HERE = Where(CHAT)


async def test_save_terms_stores_every_term(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    opened = await open_buy(uow_factory, clock, limit=5)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 2)
    deadline = clock.now() + timedelta(days=2)
    change = TermsChange(
        title="芒果 10斤",
        unit_price=8000,
        tiers=(PriceTier(5, 7500), PriceTier(10, 6800)),
        target=4,
        stock=40,
        per_person_limit=4,
        deadline=deadline,
        pickup="北门",
        payment_note="微信转账",
    )

    async with uow_factory() as uow:
        found = await service.reach(uow, HERE, opened.id, ORGANISER)
        changed = await service.edit(
            uow, group_buy=found, actor=ORGANISER, is_admin=False, change=change, now=clock.now()
        )
        await uow.commit()
        events = uow.collect_events()

    terms = (await stored(uow_factory, opened.id)).terms
    assert terms == changed.group_buy.terms
    assert (terms.title, terms.unit_price, terms.tiers) == (
        "芒果 10斤",
        8000,
        (PriceTier(5, 7500), PriceTier(10, 6800)),
    )
    assert (terms.target, terms.stock, terms.per_person_limit) == (4, 40, 4)
    assert (terms.deadline, terms.pickup, terms.payment_note) == (deadline, "北门", "微信转账")
    assert [event.name for event in events] == ["GroupBuyEdited"]
    async with uow_factory() as uow:
        assert await uow.group_buys.open_deadlines() == [(opened.id, deadline)]


async def test_save_terms_refuses_what_the_stored_row_no_longer_allows(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The guards are the database's: terms computed on a snapshot that a join made stale are refused."""
    opened = await open_buy(uow_factory, clock, limit=5)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 4)
    await join(uow_factory, clock, "cat", 2)

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(opened.id)
        assert group_buy is not None
        before = group_buy.terms
        group_buy.terms = replace(before, stock=5)  # below the 6 sold
        assert not await uow.edits.save_terms(group_buy)
        group_buy.terms = replace(before, per_person_limit=3)  # Bob holds 4
        assert not await uow.edits.save_terms(group_buy)
        group_buy.terms = replace(before, stock=6, per_person_limit=4)  # exactly what is held: fine
        assert await uow.edits.save_terms(group_buy)
        assert await uow.edits.largest_line(opened.id) == 4
        await uow.commit()

    terms = (await stored(uow_factory, opened.id)).terms
    assert (terms.stock, terms.per_person_limit) == (6, 4)


async def test_save_terms_changes_the_unit_only_while_nobody_joined(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`修改 #1 价格 12元/斤`: joins counted in the unit sold in; a join landing after the edit's read
    keeps its unit (the write is refused), and with nobody on the list the new unit is stored."""
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(opened.id)
        assert group_buy is not None
        group_buy.terms = replace(group_buy.terms, unit="斤")
        assert await uow.edits.save_terms(group_buy)
        await uow.commit()
    assert (await stored(uow_factory, opened.id)).terms.unit == "斤"

    stale = await stored(uow_factory, opened.id)  # read before Bob's join lands
    await join(uow_factory, clock, "bob", 2)
    async with uow_factory() as uow:
        stale.terms = replace(stale.terms, unit="kg")
        assert not await uow.edits.save_terms(stale)
    assert (await stored(uow_factory, opened.id)).terms.unit == "斤"


async def test_save_terms_changes_the_currency_only_while_nobody_joined(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`/edit #1 currency SGD`: stored while nobody joined; a join landing after the edit's read keeps the
    currency it joined at (the write is refused)."""
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(opened.id)
        assert group_buy is not None
        group_buy.terms = replace(group_buy.terms, currency="SGD")
        assert await uow.edits.save_terms(group_buy)
        await uow.commit()
    assert (await stored(uow_factory, opened.id)).terms.currency == "SGD"

    stale = await stored(uow_factory, opened.id)
    await join(uow_factory, clock, "bob", 2)
    async with uow_factory() as uow:
        stale.terms = replace(stale.terms, currency="GBP")
        assert not await uow.edits.save_terms(stale)
    assert (await stored(uow_factory, opened.id)).terms.currency == "SGD"


async def test_save_terms_of_a_closed_group_buy_writes_nothing(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=1)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 1)
    async with uow_factory() as uow:
        stale = await uow.group_buys.get(opened.id)  # read while open
    await close(uow_factory, clock, opened.id)

    async with uow_factory() as uow:
        assert stale is not None
        stale.terms = replace(stale.terms, unit_price=100)
        assert not await uow.edits.save_terms(stale)

    closed = await stored(uow_factory, opened.id)
    assert (closed.status, closed.terms.unit_price) == (GroupBuyStatus.SUCCEEDED, 8800)


async def test_the_organiser_removes_a_line_below_a_reached_target(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=3)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 2)
    await join(uow_factory, clock, "cat", 1)
    await join(uow_factory, clock, "bob", 1, friend="小王")

    async with uow_factory() as uow:
        found = await service.reach(uow, HERE, opened.id, ORGANISER)
        removed = await service.remove(
            uow,
            group_buy=found,
            user_id="bob",
            friend="",
            name="Bob",
            actor=ORGANISER,
            is_admin=False,
            now=clock.now(),
        )
        await uow.commit()

    assert removed.line.quantity == 2
    after = await stored(uow_factory, opened.id)
    assert after.sold == 2
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(opened.id)
        assert [(line.user_id, line.friend, line.quantity) for line in lines] == [
            ("cat", "", 1),
            ("bob", "小王", 1),
        ]
        assert await uow.group_buys.count_lines(opened.id) == 2


async def test_a_guest_gets_an_order_of_their_own_at_the_close(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=2)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 1)

    async with uow_factory() as uow:
        found = await service.reach(uow, HERE, opened.id, ORGANISER)
        await service.add_guest(
            uow,
            group_buy=found,
            name="王阿姨",
            quantity=2,
            note="3号楼",
            actor=ORGANISER,
            is_admin=False,
            now=clock.now(),
        )
        await uow.commit()
    orders = await close(uow_factory, clock, opened.id)

    assert sorted((order.buyer_id, order.buyer_name, order.total) for order in orders) == [
        ("bob", "Name bob", 8800),
        ("guest:org:王阿姨", "王阿姨", 17600),
    ]


async def test_a_copy_opens_in_a_chat_the_organiser_was_seen_in(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None
    async with uow_factory() as uow:
        await uow.members.seen(
            platform="test",
            user_id=ORGANISER,
            display_name="团长小美",
            username=None,
            language=None,
            chat_id="chat-2",
            alias=None,
            at=clock.now(),
        )
        await uow.commit()

    async def copy_to(uow: SqlUnitOfWork, chat: str) -> service.Copied:
        return await service.copy(
            uow,
            where=HERE,
            group_buy_id=opened.id,
            actor=ORGANISER,
            actor_identity="test:org",
            actor_name="团长小美",
            is_admin=False,
            now=clock.now(),
            lang="zh",
            to_chat=chat,
        )

    async with uow_factory() as uow:
        assert await uow.edits.member_of("chat-2", "test:org")
        assert not await uow.edits.member_of("chat-3", "test:org")
        copied = await copy_to(uow, "chat-2")
        with pytest.raises(DomainError) as refused:
            await copy_to(uow, "chat-3")
        await uow.commit()

    assert refused.value.code == "copy_target_unknown"
    new = await stored(uow_factory, copied.copy.id or 0)
    assert (new.chat_id, new.terms.title, new.terms.unit_price, new.deadline) == (
        "chat-2",
        opened.terms.title,
        8800,
        clock.now() + timedelta(hours=8),
    )
