"""The dispatcher a Telegram process serves with (bot/telegram/run.py `make_dispatcher`)."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.types import Message, Update

from bot.telegram.run import make_dispatcher
from tests.adapters.telegram.fake_api import FakeBotAPI, User


class Heard:
    """Stands in for the adapter: what reached it."""

    def __init__(self) -> None:
        self.texts: list[tuple[int, str]] = []

    async def on_message(self, message: Message, *, update_id: int) -> None:
        self.texts.append((message.from_user.id if message.from_user else 0, message.text or ""))

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"unexpected call to the adapter: {name}")


async def test_a_busy_worker_keeps_no_record_per_member(bot: Bot, api: FakeBotAPI) -> None:
    heard = Heard()
    dispatcher = make_dispatcher(adapter=heard)
    members = [User(1000 + i, f"Member {i}", language_code="en") for i in range(300)]
    for i, member in enumerate(members):
        raw = {"update_id": i + 1, **api.message(-100 - i % 7, member, "+1")}
        update = Update.model_validate(raw, context={"bot": bot})
        await dispatcher.feed_update(bot, update)
    assert heard.texts == [(member.id, "+1") for member in members]
    # aiogram's FSM storage used to keep one record for each (chat, member) it ever saw
    assert dict(getattr(dispatcher.fsm.storage, "storage", {})) == {}
