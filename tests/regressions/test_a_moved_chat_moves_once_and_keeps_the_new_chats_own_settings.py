"""A group upgraded to a supergroup (a new chat id): its rows move to the new id (`uow.chats.move`), on
SQLite and PostgreSQL. A row the new chat has already under the same key (its `/lang`, set there since)
stays and the old chat's is dropped, never a unique-key failure that would leave the chat unmoved; a
second move moves nothing."""

from __future__ import annotations

from storage.uow import SqlUnitOfWorkFactory


async def test_the_old_chats_settings_move_and_the_new_chats_own_stay(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        await uow.chats.set_language("-4455", "zh")
        await uow.chats.set_language("-4466", "en")
        await uow.chats.set_language("-1004466", "zh")  # set in the new chat before its move was heard
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.chats.move("-4455", "-1004455") == 1
        assert await uow.chats.move("-4466", "-1004466") == 0  # only the new chat's own was left
        await uow.commit()
    async with uow_factory() as uow:
        found = await uow.chats.languages(["-4455", "-1004455", "-4466", "-1004466"])
        assert found == {"-1004455": "zh", "-1004466": "zh"}
        assert await uow.chats.move("-4455", "-1004455") == 0  # once
