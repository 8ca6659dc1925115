"""Session 13's review: on Telegram, a member who asked in the group for something answered privately
(her pickup code, `我的订单`) read "答案已私信发给你" in the group at once, though the private message
could not go (Telegram's 403: she never started the bot). Now the group's note comes only once the
private message was delivered; refused, the group reads in its place how to let the bot write to her
(`tg_start_me_group`, with the bot's @name), each time she asks, and the code itself is never posted in
the group. Through the outbox rows (as `tuan run telegram` sends) and without them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

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
    wiring = wired(api.token, api.base_url, through_rows=through_rows)
    factory = wiring.factory

    async def say(user: User, text: str) -> None:
        await wiring.say(api, GROUP, user, text)

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
            "Cat，答案已私信发给你。",  # the group's line: the group's language (session 34)
        ]
        assert api.texts(BOB.id) == []
        assert all(codes[str(BOB.id)] not in text for text in api.texts(GROUP))  # never in the group
        assert api.texts(CAT.id)[-1].endswith(
            f"Your pickup code: {codes[str(CAT.id)]} (show it when you collect your goods)"
        )
        sends = [call.params["chat_id"] for call in api.sent("sendMessage")]
        assert sends[-2:] == [str(CAT.id), str(GROUP)]  # the note after the answer arrived
    finally:
        await wiring.close()
