"""An edit that empties terms (the console's emptied fields) on SQLite and PostgreSQL: no stock cap,
no limit, no pickup point, no payment note, saved and read back."""

from __future__ import annotations

from commerce.domain.edits import TermsChange
from commerce.domain.reach import Where
from commerce.services import edits as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy, stored


async def _edit(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, group_buy_id: int, change: TermsChange
) -> None:
    async with factory() as uow:
        found = await service.reach(uow, Where(CHAT), group_buy_id, ORGANISER)
        await service.edit(
            uow, group_buy=found, actor=ORGANISER, is_admin=False, change=change, now=clock.now()
        )
        await uow.commit()


async def test_emptied_terms_are_stored_empty(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    opened = await open_buy(uow_factory, clock, limit=5)
    assert opened.id is not None
    await _edit(
        uow_factory, clock, opened.id,
        TermsChange(pickup="北门", payment_note="微信转账", stock=40),
    )  # fmt: skip
    terms = (await stored(uow_factory, opened.id)).terms
    assert (terms.stock, terms.per_person_limit, terms.pickup, terms.payment_note) == (
        40,
        5,
        "北门",
        "微信转账",
    )

    await _edit(uow_factory, clock, opened.id, TermsChange(pickup="", payment_note=""))  # only details
    await _edit(uow_factory, clock, opened.id, TermsChange(removed=frozenset({"stock", "per_person_limit"})))
    terms = (await stored(uow_factory, opened.id)).terms
    assert (terms.stock, terms.per_person_limit, terms.unit_price) == (None, None, opened.terms.unit_price)
    assert (terms.pickup, terms.payment_note, terms.title) == ("", "", opened.terms.title)
