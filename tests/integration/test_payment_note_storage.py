"""The payment note (收款方式) an organiser sets is stored beside the pickup, on SQLite and PostgreSQL."""

from __future__ import annotations

from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy, stored


async def test_the_note_is_stored_and_the_pickup_kept(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock)
    assert opened.id is not None
    async with uow_factory() as uow:
        await service.set_details(
            uow, chat_id=CHAT, group_buy_id=None, actor=ORGANISER, is_admin=False, payment_note="转账给 Amy"
        )
        await uow.commit()

    terms = (await stored(uow_factory, opened.id)).terms
    assert (terms.payment_note, terms.pickup) == ("转账给 Amy", "3号楼门口")
