"""Session 15 (fc): a private message Telegram refused for another reason than a 403 (400 "chat not found",
400 "PEER_ID_INVALID", 403 "user is deactivated", any other error that is not a 429 nor an unreachable
Bot API) left the group with no note at all, only a log line: a buyer whose order, then pickup code, never
arrived was never told. Now every permanent failure of a private send tells the group, in the chat's
language (its `/lang`, else the member's), that it could not be delivered and what to do, once per member
and kind of note (the order at the close, then the code after `已收`: one note), never what it said; a
member who asked in the group for something answered privately reads it in place of "sent privately",
each time. Through the fake Bot API, with the outbox rows (as `tuan run telegram` sends) and without them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram.types import Update

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -100
AMY = User(1, "Amy", language_code="zh")  # the organiser: started the bot
BOB = User(2, "Bob", language_code="zh")  # his account was deleted
CAT = User(3, "Cat", language_code="zh")  # Telegram does not know their private chat (chat not found)
DAN = User(4, "Dan", language_code="zh")  # PEER_ID_INVALID
EVE = User(5, "Eve", language_code="zh")  # started the bot: everything arrives

UNDELIVERED = {
    "zh": "{name}，我发给你的私信没能送达：请打开 @{bot} 点“开始”（屏蔽过我请先解除），"
    "再私聊我发“我的订单”查看；还是收不到请联系团长。",
    "en": "{name}, a private message I sent you could not be delivered: open @{bot} and tap Start "
    "(unblock me first if you blocked me), then send me /orders there; if it still fails, ask the organiser.",
}
START_ME = {
    "zh": "{name}，我还不能私聊你：请打开 @{bot} 点“开始”，之后订单和链接会私聊发给你。",
    "en": "{name}, I can't write to you in private yet: open @{bot} and tap Start, so I can send you "
    "your order and links.",
}
SAID = {
    "zh": ["/lang zh", "接龙 草莓 价格 20", "+1", "截单", "已收 1-1", "我的订单"],
    "en": ["/lang en", "/groupbuy Strawberries price 20", "/join", "/close", "/paid 1-1", "/orders"],
}


def undelivered(language: str, user: User) -> str:
    return UNDELIVERED[language].format(name=user.first_name, bot=BOT_USERNAME)


def start_me(language: str, user: User) -> str:
    return START_ME[language].format(name=user.first_name, bot=BOT_USERNAME)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, EVE.id})
    server.admins.add((GROUP, AMY.id))
    server.undeliverable.update(
        {
            BOB.id: (403, "Forbidden: user is deactivated"),
            CAT.id: (400, "Bad Request: chat not found"),
            DAN.id: (400, "Bad Request: PEER_ID_INVALID"),
        }
    )
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_private_message_that_could_not_be_delivered_is_told_in_the_group(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)
    bot, factory, adapter = wiring.bot, wiring.factory, wiring.adapter

    async def say(user: User, text: str) -> None:
        raw = api.push(api.message(GROUP, user, text))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        await wiring.settle()

    lang, open_, join, close, paid, orders = SAID[language]
    try:
        await say(AMY, lang)  # the chat's language: the members' apps say Chinese
        await say(AMY, open_)
        for user in (BOB, CAT, DAN, EVE):
            await say(user, join)
        before = len(api.texts(GROUP))
        await say(AMY, close)  # each buyer's order goes privately
        for n in (1, 2, 3, 4):
            await say(AMY, paid.replace("1-1", f"1-{n}"))  # each paid buyer's pickup code goes privately
        codes = {o.buyer_id: o.pickup_code for o in factory.state.orders.values()}
        notes = [line for text in api.texts(GROUP)[before:] for line in text.split("\n")]

        # once per member: the order at the close, the pickup code after it, one note
        assert [line for line in notes if "@" + BOT_USERNAME in line] == [
            undelivered(language, BOB),
            start_me(language, CAT),
            start_me(language, DAN),
        ]
        asked = len(api.texts(GROUP))
        await say(BOB, orders)
        await say(BOB, orders)
        said = "\n".join(api.texts(GROUP)[asked:]).split("\n")
        assert said == [undelivered(language, BOB)] * 2  # in place of "sent privately", each time he asks

        assert api.texts(EVE.id) and not api.texts(BOB.id) and not api.texts(CAT.id) and not api.texts(DAN.id)
        for user in (BOB, CAT, DAN):  # never the private content
            assert all(codes[str(user.id)] not in text for text in api.texts(GROUP))
        api.assert_nothing_refused()
    finally:
        await wiring.close()
