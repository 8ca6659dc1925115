"""After `进度` re-posted a card, the older copy stayed frozen with live-looking buttons: it still listed a
member who had left since. Now, when a newer copy is posted, every older copy in that chat becomes a
one-line pointer to it, without buttons, where messages can be edited (the playground, Telegram); WeChat
cannot edit, so the new copy there says the copies above are out of date. A tap on an older copy's
button (a client that still shows it) works as on the live card."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.transport import BotTransport
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox as WeChatOutbox
from bot.wechat.outbox import OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers import card_moved
from handlers.app import ChatApp
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.playground_api import playground_api

POINTER_ZH = "⬇️ 这张卡片已更新，请看最新的一张（#1 芒果）"


def copies(messages: Sequence[dict[str, Any]], group_buy_id: int) -> list[dict[str, Any]]:
    return [m for m in messages if m["card_of"] == group_buy_id]


async def test_the_playground_turns_older_copies_into_a_pointer_and_their_taps_still_work(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 30 成团 5")
        await api.say("family", "bob", "+1")
        await api.say("family", "cat", "+1")
        await api.say("family", "amy", "进度")
        await api.say("family", "amy", "进度")
        await api.say("family", "bob", "-1")  # Bob leaves: only the live copy may list anyone

        first, second, latest = copies(await api.messages("family"), 1)
        for older in (first, second):
            assert (older["text"], older["buttons"]) == (POINTER_ZH, [])
        assert "Bob" not in latest["text"] and "1. Cat ×1" in latest["text"]
        assert latest["buttons"]  # the live copy keeps its buttons

        # a tab that has not refreshed still shows the first copy's Join button
        tapped = await api.client.post(
            "/api/buttons",
            json={"chat": "family", "user": "dan", "message_id": first["message_id"], "data": "gb:join:1"},
        )
        assert tapped.status_code == 200, tapped.text
        first, second, latest = copies(await api.messages("family"), 1)
        assert "2. Dan ×1" in latest["text"]
        assert first["text"] == second["text"] == POINTER_ZH


async def test_telegram_edits_the_older_copy_into_a_pointer_without_buttons() -> None:
    api = await FakeBotAPI(group_limit=1000).start()
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=FakeClock())

    async def pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(app, group_buy_id)

    fast = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)
    outbox = Outbox(
        transport=BotTransport(bot),
        render_card=app.render_card,
        render_pointer=pointer,
        cards=MemoryCardMap(),
        limits=fast,
    )
    adapter = TelegramAdapter(
        app=app, bot=bot, outbox=outbox, delivered=EveryUpdateOnce(), admins=AdminCache(bot), bot_username="t"
    )
    group, amy, bob = -100999, User(4001, "Amy"), User(4002, "Bob")
    try:
        for n, (user, text) in enumerate([(amy, "接龙 芒果 价格 30 成团 5"), (bob, "+1"), (amy, "进度")]):
            message = Message.model_validate(api.message(group, user, text)["message"])
            await adapter.on_message(message, update_id=n)
            assert await outbox.drain(10)
        await adapter.on_message(
            Message.model_validate(api.message(group, bob, "-1")["message"]), update_id=9
        )
        assert await outbox.drain(10)
    finally:
        await outbox.close()
        await bot.session.close()
        await api.stop()

    api.assert_nothing_refused()
    shown = api.messages[group]
    cards = sorted(n for n, m in shown.items() if m.text == POINTER_ZH or m.text.startswith("🛒 芒果（#1）"))
    first, latest = cards
    assert (shown[first].text, shown[first].reply_markup) == (POINTER_ZH, None)
    assert "Bob" not in shown[latest].text and shown[latest].reply_markup is not None


class EveryUpdateOnce:
    """Every update is delivered once here."""

    async def first_delivery(self, update_key: str) -> bool:
        return True


class Recorder:
    def __init__(self) -> None:
        self.texts: list[str] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.texts.append(text)


async def test_wechat_says_in_the_new_copy_that_the_copies_above_are_out_of_date() -> None:
    clock = FakeClock()
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=clock)
    sent, choices = Recorder(), Choices()
    policy = OutboxPolicy(card_interval=timedelta(seconds=30), quiet_hours=None)
    outbox = WeChatOutbox(
        transport=sent, render_card=app.render_card, now=clock.now, policy=policy, choices=choices
    )
    adapter = WeChatAdapter(app=app, outbox=outbox, choices=choices, names=NameBook(), now=clock.now)
    adapter.logged_in("wxid_bot")
    room = "r@chatroom"

    async def say(member: str, name: str, text: str) -> None:
        incoming = Incoming(f"{member}:{text}", member, name, text, room_id=room)
        await adapter.on_message(incoming)

    await say("wxid_amy", "Amy", "接龙 芒果 价格 30 成团 5")
    clock.advance(seconds=30)
    await say("wxid_bob", "Bob", "进度")

    cards = [text for text in sent.texts if "🛒 芒果（#1）" in text]
    assert len(cards) == 2
    assert cards[0].startswith("🛒 芒果（#1）")  # the first copy: nothing above it
    assert cards[1] == f"（以上旧卡片已过期，以这张为准）\n{cards[0]}"
