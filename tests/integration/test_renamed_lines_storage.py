"""A member's lines renamed in one chat's group buys (her WeChat room alias changed: `rename_lines`), on
SQLite and PostgreSQL (stock and fast paths): her lines there written under her previous name, her
friends' too, nobody else's, none in another chat, and none written under a name she typed (`王阿姨 +2`,
her 接龙 name: session 35)."""

from __future__ import annotations

from commerce.services import group_buys as service
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
        assert await uow.group_buys.rename_lines("elsewhere", "amy", "Amy-3", "Name amy") == 0
        assert await uow.group_buys.rename_lines(CHAT, "amy", "Amy-3", "Name amy") == 2
        await uow.commit()
    async with uow_factory() as uow:
        names = [(p.user_id, p.display_name) for p in await uow.group_buys.participants(here.id)]
        assert await uow.group_buys.rename_lines(CHAT, "amy", "Amy-3", "Name amy") == 0  # already so
    assert names == [("amy", "Amy-3"), ("amy", "Amy-3"), ("bob", "Name bob")]


async def test_a_line_under_a_typed_name_keeps_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    typed = await open_buy(uow_factory, clock)
    plain = await open_buy(uow_factory, clock)
    assert typed.id is not None and plain.id is not None
    async with uow_factory() as uow:  # `王阿姨 +2 #1` from Wangayi: her line under the name she typed
        await service.join(
            uow,
            chat_id=CHAT,
            group_buy_id=typed.id,
            user_id="wang",
            display_name="王阿姨",
            quantity=2,
            now=clock.now(),
        )
        await uow.commit()
    await join(uow_factory, clock, "wang", group_buy_id=plain.id)  # `+1 #2`: under her account's name

    async with uow_factory() as uow:
        assert await uow.group_buys.rename_lines(CHAT, "wang", "Wang-3", "Name wang") == 1
        await uow.commit()
    async with uow_factory() as uow:
        assert [p.display_name for p in await uow.group_buys.participants(typed.id)] == ["王阿姨"]
        assert [p.display_name for p in await uow.group_buys.participants(plain.id)] == ["Wang-3"]
