"""A group buy that FAILED at its deadline in a group the bot had been removed from: the organiser's
private summary said "The group was told." though the group never got it; and the text that replaces a
summary in that case (`told_group_gone`) promised that each buyer had their order privately and to see
"what they owe", true only of a close that went ahead. Now a failed close says what did not reach the
group (that it did not go ahead), that nobody pays, and what she can do: tell those who joined, who are
on `/list`.

Through the bot's own dispatcher and adapter against the fake Bot API (which refuses what the Bot API
would: `assert_nothing_refused`)."""

from __future__ import annotations

import time

import pytest
from aiogram import Bot

from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.regressions.test_a_telegram_group_that_removed_the_bot_hears_what_it_missed import KICKED
from tests.regressions.test_telegram_bot_removed_and_added_back_is_said import AMY, BOB, FAMILY, Group

SAID = {
    "zh": (
        ("/lang zh", "/groupbuy Leeks price 10 target 5 ends 2h"),
        "Leeks（#1）未达到成团数量（1/5），没有成团：不生成订单，谁都不用付款。但群里没有收到：我已经不在那个群里了"
        "（被移出或群已解散），没成团的通知和卡片都发不进去。"
        "请你直接告诉跟团的人这次不用付款；发 名单 #1 可以看谁跟了团。",
    ),
    "en": (
        ("/lang en", "/groupbuy Leeks price 10 target 5 ends 2h"),
        "Leeks (#1) did not reach its target (1/5), so it did not go ahead: no orders were made and nobody"
        " pays. But the group was not told: I am no longer in that group (removed, or it was disbanded), so"
        " the notice and the card did not reach it. Please tell those who joined that nobody pays; send"
        " /list #1 to see who they are.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_failed_close_the_group_never_got_says_nobody_pays_and_promises_no_orders(
    bot: Bot, api: FakeBotAPI, lang: str
) -> None:
    opening, expected = SAID[lang]
    group = Group(bot, api)
    api.started.update({AMY.id, BOB.id})
    for text in opening:
        await group.say(AMY, text)
    await group.say(BOB, "+1")
    await group.feed(group.bot_status("member", "kicked", at=int(time.time())))
    api.undeliverable[FAMILY] = KICKED

    before, bobs = len(group.texts(AMY.id)), len(group.texts(BOB.id))
    group.clock.advance(hours=3)  # its deadline passes below its target
    await group.adapter.deliver_unasked(await group.app.expire(1))
    await group.outbox.drain(10)

    assert group.texts(AMY.id)[before:] == [expected]
    assert group.texts(BOB.id)[bobs:] == []  # no order went anywhere
    api.assert_nothing_refused()
