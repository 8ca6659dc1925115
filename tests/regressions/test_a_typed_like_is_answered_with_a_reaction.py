"""A member who typed `赞 1` on Telegram got no answer at all: typed likes were made quiet (a toast, which
Telegram has no way to show for a typed message), so only the card's count moved, and they could not
tell the bot had understood. The like now puts Tuan's 👍 on the member's own message
(`setMessageReaction`), still posting nothing for the group; WeChat, which has no reactions, says the
button's short line as before and nothing more."""

from __future__ import annotations

from typing import cast

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.transport import BotTransport
from bot.wechat.render import answer
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from handlers.types import Request
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


class EveryUpdateOnce:
    async def first_delivery(self, update_key: str) -> bool:
        return True


async def test_telegram_answers_a_typed_like_with_a_thumbs_up_on_the_message() -> None:
    api = await FakeBotAPI(group_limit=1000).start()
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=FakeClock())
    fast = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)
    outbox = Outbox(
        transport=BotTransport(bot), render_card=app.render_card, cards=MemoryCardMap(), limits=fast
    )
    adapter = TelegramAdapter(
        app=app, bot=bot, outbox=outbox, delivered=EveryUpdateOnce(), admins=AdminCache(bot), bot_username="t"
    )
    group, bob, cat = -100321, User(5002, "Bob"), User(5003, "Cat")
    try:
        for n, (user, text) in enumerate([(bob, "种草 芒果很甜"), (cat, "赞 1")], 1):
            update = api.message(group, user, text)
            await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
            assert await outbox.drain(10)
    finally:
        await outbox.close()
        await bot.session.close()
        await api.stop()

    api.assert_nothing_refused()
    liked = update["message"]["message_id"]
    assert api.reactions == {(group, liked): ["👍"]}  # Cat sees 👍 under their `赞 1`
    assert [m.text for m in api.messages[group].values()] == ["笔记 #1 · Bob\n芒果很甜\n👍 1 · 💬 0"]


async def test_wechat_still_says_only_the_short_line() -> None:
    chat = fake_chat()
    chat.chat_id = "family@chatroom"
    await chat.say("bob", "种草 芒果很甜")
    request = Request("wechat", chat.chat_id, "cat", "Cat", text="赞 1", message_id="wx-1")

    liked = await chat.app.handle(request)

    said = answer(chat.chat_id, [r for r in liked if not r.is_card], request=request, language="zh")
    assert said is not None and (said.text, said.mention_ids) == ("已赞笔记 #1 👍", ("cat",))
