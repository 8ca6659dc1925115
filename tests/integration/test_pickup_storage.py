"""The pickup an organiser names after opening (自提) is stored, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from commerce.domain.errors import DomainError
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy, stored


async def test_the_organisers_pickup_is_stored(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None
    async with uow_factory() as uow:
        await service.set_details(
            uow, chat_id=CHAT, group_buy_id=None, actor=ORGANISER, is_admin=False, pickup="南门 · 17:00"
        )
        await uow.commit()

    assert (await stored(uow_factory, opened.id)).terms.pickup == "南门 · 17:00"


async def test_only_the_organiser_names_it(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None
    async with uow_factory() as uow:
        with pytest.raises(DomainError) as refused:
            await service.set_details(
                uow, chat_id=CHAT, group_buy_id=opened.id, actor="someone", is_admin=False, pickup="x"
            )

    assert refused.value.code == "not_organiser"
    assert (await stored(uow_factory, opened.id)).terms.pickup == "3号楼门口"
