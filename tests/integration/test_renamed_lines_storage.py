"""A member's lines renamed in one chat's group buys (her WeChat room alias changed: `rename_lines`), on
SQLite and PostgreSQL (stock and fast paths): her lines there, her friends' too, nobody else's, and none
in another chat."""

from __future__ import annotations

from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, join, open_buy


async def test_her_lines_in_this_chats_group_buys_take_her_new_name(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    here = await open_buy(uow_factory, clock)
    assert here.id is not None
    await join(uow_factory, clock, "amy", group_buy_id=here.id)
    await join(uow_factory, clock, "amy", group_buy_id=here.id, friend="Mum")
    await join(uow_factory, clock, "bob", group_buy_id=here.id)

    async with uow_factory() as uow:
        assert await uow.group_buys.rename_lines("elsewhere", "amy", "Amy-3") == 0
        assert await uow.group_buys.rename_lines(CHAT, "amy", "Amy-3") == 2
        await uow.commit()
    async with uow_factory() as uow:
        names = [(p.user_id, p.display_name) for p in await uow.group_buys.participants(here.id)]
        assert await uow.group_buys.rename_lines(CHAT, "amy", "Amy-3") == 0  # already so
    assert names == [("amy", "Amy-3"), ("amy", "Amy-3"), ("bob", "Name bob")]
