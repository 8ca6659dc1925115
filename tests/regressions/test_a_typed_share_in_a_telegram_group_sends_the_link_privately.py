"""Review 51, finding 7: Mia's typed `/share` in Mango Lovers posted her personal link and code in the
group. Now, on Telegram, it goes to her privately, as the card's Share button sends it, and the group
reads one short line; if she never started the bot, the group reads instead how to start it. Through the
fake Bot API, with the outbox rows (as `tuan run telegram` sends) and without them, in Chinese and
English."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram.types import Update

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -101
OLIVIA = User(11, "Olivia", language_code="en")
MIA = User(12, "Mia", language_code="en")  # started the bot
CARA = User(13, "Cara", language_code="en")  # never started it
SAID = {
    "zh": ("/lang zh", "接龙 芒果 价格 88", "佣金 10%", "分享"),
    "en": ("/lang en", "/groupbuy Mangoes price 88", "/commission 10%", "/share"),
}
NOTE = {
    "zh": "Mia，你的分享链接已私信发给你。",
    "en": "Mia, I've sent you your share link in a private message.",
}
START_ME = {
    "zh": "Cara，我还不能私聊你：请打开 @{bot} 点“开始”，之后订单和链接会私聊发给你。",
    "en": "Cara, I can't write to you in private yet: open @{bot} and tap Start, so I can send you "
    "your order and links.",
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({OLIVIA.id, MIA.id})
    server.admins.add((GROUP, OLIVIA.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_typed_share_in_a_telegram_group_sends_the_link_privately(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)
    bot, adapter = wiring.bot, wiring.adapter

    async def say(user: User, text: str) -> None:
        raw = api.push(api.message(GROUP, user, text))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        await wiring.settle()

    lang, open_, rate, share = SAID[language]
    try:
        for text in (lang, open_, rate):
            await say(OLIVIA, text)
        before = len(api.texts(GROUP))
        await say(MIA, share)
        in_group = api.texts(GROUP)[before:]
        assert in_group == [NOTE[language]], in_group  # one short line, no link
        private = api.texts(MIA.id)[-1]
        assert "?start=gb1-u12-" in private and "10%" in private, private

        before = len(api.texts(GROUP))
        await say(CARA, share)
        in_group = api.texts(GROUP)[before:]
        assert in_group == [START_ME[language].format(bot=BOT_USERNAME)], in_group
        assert not any("?start=" in text for text in api.texts(GROUP))  # no personal link in the group
    finally:
        await wiring.close()
