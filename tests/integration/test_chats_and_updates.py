"""ChatSettingsRepository and ProcessedUpdateRepository on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest

from storage.uow import SqlUnitOfWorkFactory


async def test_chat_language_is_none_until_set_and_can_change(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.chats.language("chat-1") is None
        await uow.chats.set_language("chat-1", "en")
        await uow.chats.set_language("chat-2", "zh")
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.chats.language("chat-1") == "en"
        await uow.chats.set_language("chat-1", "zh")
        await uow.commit()
    async with uow_factory() as uow:
        assert (await uow.chats.language("chat-1"), await uow.chats.language("chat-2")) == ("zh", "zh")


async def test_the_settings_of_many_chats_are_read_at_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.chats.languages([]) == {}
        await uow.chats.set_language("dan", "en")
        await uow.chats.set_language("eve", "zh")
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.chats.languages(["dan", "eve", "nobody", "dan"]) == {"dan": "en", "eve": "zh"}


async def test_an_update_is_claimed_once_and_a_repeat_gets_the_first_answer(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        assert await uow.updates.answer("tg:1") is None
        assert await uow.updates.claim("tg:1")
        await uow.updates.save_answer("tg:1", "已跟团 ✅ 芒果 ×1")
        await uow.commit()
    async with uow_factory() as uow:
        assert not await uow.updates.claim("tg:1")
        assert await uow.updates.answer("tg:1") == "已跟团 ✅ 芒果 ×1"
        assert await uow.updates.claim("tg:2")
        assert await uow.updates.answer("tg:2") == ""


async def test_a_claim_rolled_back_can_be_claimed_again(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.updates.claim("tg:9")
        # no commit: the handler failed, so the update must be processed again when it comes back
    async with uow_factory() as uow:
        assert await uow.updates.answer("tg:9") is None
        assert await uow.updates.claim("tg:9")
        await uow.commit()


async def _claim_and_hold(
    factory: SqlUnitOfWorkFactory, key: str, entered: asyncio.Event, *, commit: bool
) -> bool:
    async with factory() as uow:
        claimed = await uow.updates.claim(key)
        entered.set()
        await asyncio.sleep(0.2)  # hold the claim while the other one tries
        if commit:
            await uow.updates.save_answer(key, "first")
            await uow.commit()
    return claimed


async def _claim(factory: SqlUnitOfWorkFactory, key: str, entered: asyncio.Event) -> tuple[bool, str | None]:
    await entered.wait()
    async with factory() as uow:
        claimed = await uow.updates.claim(key)
        answer = await uow.updates.answer(key)
        await uow.commit()
    return claimed, answer


@pytest.mark.parametrize("first_commits", [True, False])
async def test_concurrent_claims_of_one_key_the_second_waits_for_the_first(
    uow_factory: SqlUnitOfWorkFactory, first_commits: bool
) -> None:
    entered = asyncio.Event()
    first, second = await asyncio.gather(
        _claim_and_hold(uow_factory, "tg:race", entered, commit=first_commits),
        _claim(uow_factory, "tg:race", entered),
    )
    assert first is True
    if first_commits:
        assert second == (False, "first")
    else:
        assert second == (True, "")
