"""A chat's closed group buys on SQLite and PostgreSQL (stock and fast paths): what Ask looks through for
a product asked about when none is open (有人买过芒果吗), newest first, this chat's only."""

from __future__ import annotations

from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, close, join, open_buy


async def test_a_chats_closed_group_buys_are_read_newest_first(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock, target=1)
    second = await open_buy(uow_factory, clock, target=1)
    still_open = await open_buy(uow_factory, clock, target=1)
    await open_buy(uow_factory, clock, target=1, chat_id="elsewhere")
    for group_buy in (first, second):
        assert group_buy.id is not None
        await join(uow_factory, clock, "amy", group_buy_id=group_buy.id)
        await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:
        closed = await uow.group_buys.closed_in_chat(CHAT)
    assert [g.id for g in closed] == [second.id, first.id]
    assert still_open.id not in {g.id for g in closed}
    assert {g.terms.title for g in closed} == {"海南贵妃芒 5斤"}
