"""Session 23 (replay D): every typed `+1` in a Telegram group got its own bot message ("Bob is in: 1 ×
Mangoes (#1). Now ¥88 each.") besides the live card's edit; in a 500-member flash sale that doubles the
chat's messages and gets a bot muted. A typed join (or leave) whose answer says nothing the card's edit
does not show is now acknowledged with Tuan's 👌 on the member's own message and posts no group message;
the card is still edited. The text stays when it says more (a weight converted, the target or a new
tier reached), in a private chat, and on WeChat, which has no reactions."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.translate import message_request
from bot.wechat.render import answer
from commerce.domain.outbox import OutboxItem
from commerce.ports import UnitOfWorkFactory
from handlers import outbox as rows
from handlers.app import AppConfig, ChatApp
from handlers.types import ChatKind, Request
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

GROUP = -100523
AMY, BOB, CAT = User(6001, "Amy"), User(6002, "Bob"), User(6003, "Cat")


@dataclass
class Telegram:
    api: FakeBotAPI
    adapter: TelegramAdapter
    outbox: Outbox
    lang: str
    updates: int = 0

    async def say(self, user: User, text: str, chat: int = GROUP) -> int:
        """`user` types `text` (handled, its replies sent); the id of the member's message."""
        self.updates += 1
        update = self.api.message(chat, user, text)
        await self.adapter.on_message(Message.model_validate(update["message"]), update_id=self.updates)
        assert await self.outbox.drain(10)
        return int(update["message"]["message_id"])

    def said(self) -> list[str]:
        """What the group reads besides the card, in order."""
        return [m.text for m in self.api.messages[GROUP].values() if "\n" not in m.text]

    def card(self) -> str:
        [card] = [m.text for m in self.api.messages[GROUP].values() if "\n" in m.text]
        return card


@pytest.fixture(params=["zh", "en"])
async def telegram(request: pytest.FixtureRequest) -> AsyncIterator[Telegram]:
    lang = str(request.param)
    api = await FakeBotAPI(group_limit=1000).start()
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language=lang),
    )
    adapter, outbox = adapter_for(app, bot, default_language=lang)
    try:
        yield Telegram(api, adapter, outbox, lang)
    finally:
        await outbox.close()
        await bot.session.close()
        await api.stop()


OPEN = {"zh": "接龙 芒果 价格 88 成团 3", "en": "/groupbuy Mangoes price 88 target 3"}


async def test_a_plus_one_in_a_group_gets_an_ok_hand_and_no_message(telegram: Telegram) -> None:
    lang = telegram.lang
    await telegram.say(AMY, OPEN[lang])
    opened = telegram.said()

    joined = await telegram.say(BOB, "+1")

    assert telegram.api.reactions == {(GROUP, joined): ["👌"]}
    assert telegram.said() == opened  # no "Bob is in" for the whole group
    assert "1. Bob ×1" in telegram.card()  # the card's edit says it

    more = await telegram.say(BOB, "+1")
    left = await telegram.say(BOB, "-1")
    assert telegram.api.reactions == {(GROUP, n): ["👌"] for n in (joined, more, left)}
    assert telegram.said() == opened
    assert "1. Bob ×1" in telegram.card()
    telegram.api.assert_nothing_refused()


REACHED = {
    "zh": "Cat 跟团：1 × 芒果（#1）。当前 ¥88/份。🎉 已成团！",
    "en": "Cat is in: 1 × Mangoes (#1). Now ¥88 each. 🎉 Target reached: the group buy is on!",
}


async def test_the_join_that_reaches_the_target_still_says_so(telegram: Telegram) -> None:
    lang = telegram.lang
    await telegram.say(AMY, OPEN[lang])
    await telegram.say(BOB, "+2")

    reaching = await telegram.say(CAT, "+1")

    assert telegram.said()[-1] == REACHED[lang]
    assert (GROUP, reaching) not in telegram.api.reactions
    assert "3/3" in telegram.card()
    telegram.api.assert_nothing_refused()


FRIEND = {
    "zh": ("+1 帮 小王", "Bob 帮 小王 跟团：1 × 芒果（#1）。当前 ¥88/份。"),
    "en": ("+1 for Wang", "Bob joined for Wang: 1 × Mangoes (#1). Now ¥88 each."),
}


async def test_a_join_for_a_friend_still_says_whose_line_it_is(telegram: Telegram) -> None:
    typed, said = FRIEND[telegram.lang]
    await telegram.say(AMY, OPEN[telegram.lang])

    joined = await telegram.say(BOB, typed)

    assert telegram.said()[-1] == said
    assert (GROUP, joined) not in telegram.api.reactions
    telegram.api.assert_nothing_refused()


SAID_MORE = {
    "zh": [
        "Bob 跟团：2斤 荔枝（#1）。1 kg = 2斤。当前 ¥15/斤，再 2斤 ¥12/斤。",
        "Cat 跟团：2斤 荔枝（#1）。当前 ¥12/斤。",
    ],
    "en": [
        "Bob is in: 2 jin of Lychees (#1). 1 kg = 2 jin. Now ¥15/jin — 2 jin more for ¥12/jin.",
        "Cat is in: 2 jin of Lychees (#1). Now ¥12/jin.",
    ],
}


async def test_a_weight_converted_and_a_tier_reached_still_say_so(telegram: Telegram) -> None:
    lang = telegram.lang
    opening = {
        "zh": "接龙 荔枝 价格 15元/斤 成团 20 阶梯 4:12",
        "en": "/groupbuy Lychees price 15/jin target 20 tiers 4:12",
    }
    await telegram.say(AMY, opening[lang])

    converted = await telegram.say(BOB, "+1kg")
    tiered = await telegram.say(CAT, "+2")

    assert telegram.said()[-2:] == SAID_MORE[lang]
    assert (GROUP, converted) not in telegram.api.reactions
    assert (GROUP, tiered) not in telegram.api.reactions
    telegram.api.assert_nothing_refused()


async def test_wechat_still_says_the_join() -> None:
    chat = fake_chat()
    chat.chat_id = "family@chatroom"
    await chat.say("amy", OPEN["zh"], name="Amy")
    request = Request("wechat", chat.chat_id, "bob", "Bob", text="+1", message_id="wx-1")

    joined = await chat.app.handle(request)

    said = answer(chat.chat_id, [r for r in joined if not r.is_card], request=request, language="zh")
    assert said is not None and said.text == "Bob 跟团：1 × 芒果（#1）。当前 ¥88/份。"


async def test_a_join_in_a_private_chat_keeps_its_text() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN["zh"], name="Amy")
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("cat", "分享")))
    assert found is not None
    request = Request(
        "test", "bob", "bob", "Bob", chat_kind=ChatKind.PRIVATE, text=f"+1 {found.group(0)}", message_id="7"
    )

    joined = [r for r in await chat.app.handle(request) if not r.is_card]

    assert [(r.text, r.reaction_instead) for r in joined] == [
        ("你已跟团：1 × 芒果（#1）。当前 ¥88/份。", None)  # one to one: spoken to her
    ]


async def test_through_the_outbox_a_plus_one_is_an_ok_hand_too(telegram: Telegram) -> None:
    await telegram.say(AMY, OPEN[telegram.lang])
    opened = telegram.said()
    update = telegram.api.message(GROUP, BOB, "+1")
    request = message_request(Message.model_validate(update["message"]), update_id=99)
    assert request is not None
    replies = await telegram.adapter.app.handle(request)

    written = rows.rows(replies, platform="telegram", request=request, now=datetime(2026, 12, 4, tzinfo=UTC))
    for n, item in enumerate(written, 1):  # as the relay hands them over
        await telegram.adapter.send_row(
            OutboxItem(item.topic, item.payload, item.created_at, item.chat_id, id=n)
        )
    assert await telegram.outbox.drain(10)

    assert telegram.api.reactions == {(GROUP, update["message"]["message_id"]): ["👌"]}
    assert telegram.said() == opened
    assert "1. Bob ×1" in telegram.card()
    telegram.api.assert_nothing_refused()


JOINED = {"zh": "Bob 跟团：1 × 芒果（#1）。当前 ¥88/份。", "en": "Bob is in: 1 × Mangoes (#1). Now ¥88 each."}


async def test_a_group_with_reactions_turned_off_reads_the_join_as_text(telegram: Telegram) -> None:
    """A group whose admins turned reactions off refuses the 👌: Bob is then told in words, never
    left with no answer at all."""
    telegram.api.no_reactions.add(GROUP)
    await telegram.say(AMY, OPEN[telegram.lang])

    joined = await telegram.say(BOB, "+1")

    assert telegram.said()[-1] == JOINED[telegram.lang]
    assert (GROUP, joined) not in telegram.api.reactions
    assert "1. Bob ×1" in telegram.card()
