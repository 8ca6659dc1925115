"""Telegram refuses a text over 4,096 (and the fake Bot API with it, counting UTF-16 units): a long
reply arrives as several sendMessage calls, all accepted, the buttons on the last; texts merged in a
group's queue never grow past the limit; /list of 3,000 members and their card get through whole."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, cast

from aiogram import Bot
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from commerce.domain.group_buy import Participant
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.fit import TEXT_LIMIT, units
from handlers.types import Button, Reply, Request
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

GROUP = -100555
BOB = User(4002, "Bob", language_code="en")
JOIN = ((Button("Join", "gb:join:1"),),)
LINES = [f"{n}. Member {n:04d} 🥭🥭🥭 芒果 ×1" for n in range(1, 501)]  # 13,892 UTF-16 units


class FixedApp:
    """Answers every message with the same replies, delivered by the adapter (no outbox)."""

    async def told_truly(self, reply: Any, out: Any, language: str) -> Any:
        """The close summary as it is: the bot is in every chat here (ChatApp.told_truly)."""
        return reply

    queues = False

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies

    async def handle(self, request: Request) -> list[Reply]:
        return self.replies

    async def render_card(self, group_buy_id: int) -> Reply:
        return Reply(text="card", card_of=group_buy_id, chat_id=str(GROUP))


def adapter_of(app: FixedApp | ChatApp, bot: Bot) -> tuple[TelegramAdapter, Outbox]:
    return adapter_for(cast(ChatApp, app), bot)


async def say(adapter: TelegramAdapter, api: FakeBotAPI, text: str, update_id: int) -> None:
    message = Message.model_validate(api.message(GROUP, BOB, text)["message"])
    await adapter.on_message(message, update_id=update_id)


async def test_a_long_reply_arrives_as_several_messages_all_accepted_with_the_buttons_last(
    api: FakeBotAPI, bot: Bot
) -> None:
    long = Reply(text="\n".join(LINES), buttons=JOIN)
    emoji = [Reply(text="🥭" * 2000), Reply(text="🍑" * 2000)]  # 4,000 units each: too many to merge
    adapter, outbox = adapter_of(FixedApp([*emoji, long]), bot)

    await say(adapter, api, "/list", 1)
    assert await outbox.drain(10)

    api.assert_nothing_refused()
    sent = api.sent("sendMessage", GROUP)
    texts = [str(call.params["text"]) for call in sent]
    assert texts[:2] == ["🥭" * 2000, "🍑" * 2000]
    assert len(texts) == 2 + 4 and all(units(text) <= TEXT_LIMIT for text in texts)
    assert "\n".join(texts[2:]).split("\n") == LINES
    assert [call.params.get("reply_markup") is not None for call in sent] == [False] * 5 + [True]


async def test_the_list_of_3000_members_and_their_card_reach_the_group_whole(
    api: FakeBotAPI, bot: Bot
) -> None:
    factory = FakeUnitOfWorkFactory()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
    )
    adapter, outbox = adapter_of(app, bot)
    await say(adapter, api, "/groupbuy Plums price 30 target 5000", 1)
    assert await outbox.drain(10)  # its card is posted, with nobody on it yet
    joined = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    for n in range(3000):
        line = Participant(f"telegram:{n}", f"{n:04d} " + "🥭芒果" * 20, 1, joined, note="3号楼" + "🏠" * 60)
        factory.state.lines[1][line.key] = line
    factory.state.group_buys[1].sold = 3000

    await say(adapter, api, "/list", 2)
    await say(adapter, api, "/status", 3)
    assert await outbox.drain(30)

    api.assert_nothing_refused()
    texts = [str(call.params["text"]) for call in api.sent("sendMessage", GROUP)]
    listed = [line for text in texts for line in text.split("\n") if re.match(r"\d+\. \d{4} 🥭", line)]
    card = texts[-1]
    shown = [line for line in card.split("\n") if re.match(r"\d+\. ", line)]
    assert len(listed) == 3000 + len(shown)  # the whole list, then the card /status posted
    assert all(line.startswith(f"{n}. {n - 1:04d} ") for n, line in enumerate(listed[:3000], 1))
    assert card.endswith(f"… and {3000 - len(shown)} more: /list #1") and units(card) <= TEXT_LIMIT
