"""A photo card's photo (`group_buys.photo`) on SQLite and PostgreSQL: stored with the opening, read back
by every way a group buy is found, and kept through joins, an edit and the close; none is ""."""

from __future__ import annotations

from commerce.domain.edits import TermsChange
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.reach import Where
from commerce.services import edits
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, mango_terms, open_buy, stored

PHOTO = "AgACAgUAAxkBAAIBZ2c-photo-file-id_of-Telegram-0123456789"


async def test_the_photo_is_stored_read_back_and_kept_to_the_close(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=mango_terms(clock, target=1),
            now=clock.now(),
            lang="zh",
            photo=PHOTO,
        )
        await uow.commit()
    plain = await open_buy(uow_factory, clock)
    assert opened.id is not None and plain.id is not None

    await join(uow_factory, clock, "bob", 2, group_buy_id=opened.id)
    async with uow_factory() as uow:
        found = await edits.reach(uow, Where(CHAT), opened.id, ORGANISER)
        await edits.edit(
            uow,
            group_buy=found,
            actor=ORGANISER,
            is_admin=False,
            change=TermsChange(unit_price=8000),
            now=clock.now(),
        )
        await uow.commit()
        listed = {g.id: g.photo for g in await uow.group_buys.open_in_chat(CHAT)}
    assert listed == {opened.id: PHOTO, plain.id: ""}

    await close(uow_factory, clock, opened.id)
    closed = await stored(uow_factory, opened.id)
    assert (closed.status, closed.terms.unit_price, closed.photo) == (GroupBuyStatus.SUCCEEDED, 8000, PHOTO)
    assert (await stored(uow_factory, plain.id)).photo == ""
