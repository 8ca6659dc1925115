"""Session 28 (rep44 #7, #10): a member who never started the bot was named in the group only once, ever:
Eve, told so at her `我的订单`, was left out of the close's list of people it cannot write to, and Dan,
named at the first close, was not named at the second (his Stars order then lapsed unseen). And each
name's line spoke the member's language, so one close notice mixed Chinese and English. Now every close
names, once, each buyer whose order it could not send privately, told before or not, each line in the
chat's language (its `/lang`, else its card's), not the member's. Through the fake Bot API, with the
outbox rows (as `tuan run telegram` sends) and without them; a Chinese chat and an English one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram.types import Update

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -100
AMY = User(1, "Amy", language_code="zh")  # the organiser: started the bot
EVE = User(2, "Eve", language_code="zh")  # never started it
DAN = User(3, "Dan", language_code="en")  # never started it
TOM = User(4, "Tom", language_code="en")  # never started it

START_ME = {
    "zh": "{name}，我还不能私聊你：请打开 @{bot} 点“开始”，之后订单和链接会私聊发给你。",
    "en": "{name}, I can't write to you in private yet: open @{bot} and tap Start, so I can send you "
    "your order and links.",
}
SAID = {  # no `/lang`: the chat speaks its cards' language
    "zh": ["接龙 草莓 价格 20", "接龙 蓝莓 价格 30", "+1", "截单 #{id}"],
    "en": ["/groupbuy Strawberries price 20", "/groupbuy Blueberries price 30", "+1", "/close #{id}"],
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.add(AMY.id)
    server.admins.add((GROUP, AMY.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_each_close_names_in_the_chats_language_every_buyer_the_bot_cannot_write_to(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)
    bot, adapter = wiring.bot, wiring.adapter

    async def say(user: User, text: str) -> None:
        raw = api.push(api.message(GROUP, user, text))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        await wiring.settle()

    def named_since(before: int) -> list[str]:
        lines = [line for text in api.texts(GROUP)[before:] for line in text.split("\n")]
        return [line for line in lines if "@" + BOT_USERNAME in line]

    def start_me(*users: User) -> list[str]:
        return [START_ME[language].format(name=user.first_name, bot=BOT_USERNAME) for user in users]

    first, second, join, close = SAID[language]
    try:
        await say(AMY, first)
        for user in (TOM, DAN, EVE):
            await say(user, join)
        await say(EVE, "我的订单" if language == "zh" else "/orders")  # she is told in the group
        before = len(api.texts(GROUP))
        await say(AMY, close.format(id=1))
        assert named_since(before) == start_me(TOM, DAN, EVE)  # Eve too, each in the chat's language

        await say(AMY, second)
        await say(DAN, join)
        before = len(api.texts(GROUP))
        await say(AMY, close.format(id=2))
        assert named_since(before) == start_me(DAN)  # named at this close too, once
        api.assert_nothing_refused()
    finally:
        await wiring.close()
