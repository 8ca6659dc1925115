"""Session 13's review: on Telegram, a member who asked in the group for something answered privately
(her pickup code, `我的订单`) read "答案已私信发给你" in the group at once, though the private message
could not go (Telegram's 403: she never started the bot). Now the group's note comes only once the
private message was delivered; refused, the group reads in its place how to let the bot write to her
(`tg_start_me_group`, with the bot's @name), each time she asks, and the code itself is never posted in
the group. Through the outbox rows (as `tuan run telegram` sends) and without them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.outbox_relay import OutboxRelay
from bot.telegram.session import HeldResponsesSession
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

GROUP = -100
AMY = User(1, "Amy", language_code="zh")
BOB = User(2, "Bob", language_code="zh")  # never started the bot
CAT = User(3, "Cat", language_code="en")
BOB_START_ME = f"Bob，我还不能私聊你：请打开 @{BOT_USERNAME} 点“开始”，之后订单和链接会私聊发给你。"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, CAT.id})
    yield server
    await server.stop()


@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_the_group_hears_the_answer_went_privately_only_once_it_did(
    api: FakeBotAPI, through_rows: bool
) -> None:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(outbox_platform="telegram" if through_rows else None, default_language="zh"),
    )
    adapter, sender = adapter_for(app, bot, default_language="zh")
    sender.forbidden_note = adapter.forbidden_note  # as `tuan run telegram` wires it
    relay = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=send_topic("telegram"),
        sink=adapter.send_row,
        poll_seconds=0.05,
        leases=False,
    )
    if through_rows:
        app.on_queued = relay.wake
        relay.start()

    async def say(user: User, text: str) -> None:
        raw = api.push(api.message(GROUP, user, text))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        if through_rows:
            assert await relay.drain(10)
        assert await sender.drain(10)

    try:
        for user, text in [
            (AMY, "接龙 草莓 价格 20"),
            (BOB, "+1"),
            (CAT, "+1"),
            (AMY, "截单"),
            (AMY, "已收 1-1"),
            (AMY, "已收 1-2"),
        ]:
            await say(user, text)
        codes = {o.buyer_id: o.pickup_code for o in factory.state.orders.values()}
        before = api.texts(GROUP)

        await say(BOB, "我的取货码是多少？")
        await say(BOB, "我的订单")
        await say(CAT, "what's my pickup code?")

        said = api.texts(GROUP)[len(before) :]
        assert "\n".join(said).split("\n") == [
            BOB_START_ME,  # in place of "Bob，答案已私信发给你。": each time he asks
            BOB_START_ME,
            "Cat, I sent you the answer privately.",
        ]
        assert api.texts(BOB.id) == []
        assert all(codes[str(BOB.id)] not in text for text in api.texts(GROUP))  # never in the group
        assert api.texts(CAT.id)[-1].endswith(
            f"Your pickup code: {codes[str(CAT.id)]} (show it when you collect your goods)"
        )
        sends = [call.params["chat_id"] for call in api.sent("sendMessage")]
        assert sends[-2:] == [str(CAT.id), str(GROUP)]  # the note after the answer arrived
    finally:
        await relay.close()
        await sender.close()
        await bot.session.close()
