"""The pickup an organiser names after opening (自提), or in the opening message, is stored, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commerce.domain.errors import DomainError
from commerce.services import group_buys as service
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
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


async def test_a_pickup_time_in_the_opening_message_is_stored_apart(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """`/groupbuy … pickup Lobby tomorrow 19:00`: the place, and the time for the evening reminder."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())  # Mon 23 Nov 12:00
    opening = "/groupbuy Mangoes price 88 pickup Lobby tomorrow 19:00"
    await app.handle(
        Request(platform="test", chat_id=CHAT, user_id=ORGANISER, display_name="Amy", text=opening)
    )

    terms = (await stored(uow_factory, 1)).terms
    assert (terms.pickup, terms.pickup_at) == ("Lobby", datetime(2026, 11, 24, 11, 0, tzinfo=UTC))
