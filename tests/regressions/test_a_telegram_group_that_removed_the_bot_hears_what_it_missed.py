"""A Telegram group that removed the bot while a group buy of its was open: the organiser's private close
summary said `群里已通知` though the group was never told, and when the bot was added back the group read
only that nothing was open (the close it missed, its final card and its organiser left out). Now, as on
WeChat, the summary says the group was not told; added back (`my_chat_member`), the group reads one line
naming the close it missed, its final card is posted anew below it, and the organiser is told privately.

Through the bot's own dispatcher and adapter against the fake Bot API (which refuses what the Bot API
would: `assert_nothing_refused`)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import Update

from bot.telegram.run import make_dispatcher
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.wiring import wired
from tests.fakes import FakeClock
from tests.regressions.test_telegram_bot_removed_and_added_back_is_said import AMY, BOB, FAMILY, Group

KICKED = (403, "Forbidden: bot was kicked from the supergroup chat")
SAID = {
    "zh": {
        "open": ("/lang zh", "/groupbuy Leeks price 10 target 1"),
        "close": "截单 #1",
        "summary": "已截单，但群里没有收到：我已经不在那个群里了（被移出或群已解散）",
        "back": "我回到群里了。这里现在没有在接龙的团，开团请发：接龙 海南贵妃芒 价格 88\n"
        "我不在的时候，Leeks（#1）已经截止，结果见下面重新发的卡片（成团的，买家的订单都已私信发送）。",
        "amy_back": "我回到「Neighbours」了：Leeks（#1）在我不在的时候截止，那个群没收到通知，"
        "现在已在群里补发了卡片。",
    },
    "en": {
        "open": ("/lang en", "/groupbuy Leeks price 10 target 1"),
        "close": "/close #1",
        "summary": "Closed, but the group was not told: I am no longer in that group (removed, or it was"
        " disbanded)",
        "back": "I'm back in this group. No group buy is open here now: send /groupbuy Mangoes price 88 to"
        " open one.\nWhile I was out, Leeks (#1) ended: the cards below show how (where one succeeded, each"
        " buyer's order was sent privately).",
        "amy_back": "I'm back in Neighbours: Leeks (#1) ended while I was out, so that group was not told; I"
        " have now posted the cards there again.",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_close_summary_says_the_group_was_not_told_and_the_group_hears_it_when_the_bot_is_back(
    bot: Bot, api: FakeBotAPI, lang: str
) -> None:
    said = SAID[lang]
    group = Group(bot, api)
    api.started.update({AMY.id, BOB.id})
    for text in said["open"]:
        await group.say(AMY, text)
    await group.say(BOB, "+1")
    now = int(time.time())
    await group.feed(group.bot_status("member", "kicked", at=now))
    api.undeliverable[FAMILY] = KICKED  # the group refuses the bot meanwhile, as Telegram does

    before = len(group.texts(AMY.id))
    await group.feed(api.message(AMY.id, AMY, said["close"]))  # in her private chat
    summary = [text for text in group.texts(AMY.id)[before:] if said["summary"] in text]
    assert len(summary) == 1, group.texts(AMY.id)[before:]
    assert not any("群里已通知" in text or "The group has been told" in text for text in summary)
    assert any("Leeks" in text for text in group.texts(BOB.id))  # the buyer has her order privately

    del api.undeliverable[FAMILY]
    shown = len(group.texts(FAMILY))
    told = len(group.texts(AMY.id))
    back = group.bot_status("kicked", "member", at=now + 60)
    await group.feed(back, update_id=90)
    await group.feed(back, update_id=90)  # Telegram sends it again: once
    heard = group.texts(FAMILY)[shown:]
    assert heard[0] == said["back"], heard
    assert len(heard) == 2 and "Leeks" in heard[1] and "Bob" in heard[1], heard  # the final card, anew
    assert group.texts(AMY.id)[told:] == [said["amy_back"]]

    await group.feed(group.bot_status("member", "administrator", at=now + 90))  # made an admin: nothing
    assert group.texts(FAMILY)[shown:] == heard
    api.assert_nothing_refused()


OFFICE = -100778
LISTED = {
    "zh": {
        "open": ("/lang zh", "接龙 砂糖橘 价格 30 截止 2小时", "帮卖 开 10%"),
        "list": ("/lang zh", "帮卖 #1"),
        "close": "截单 #1",
        "not_told": "但「Office」没有收到截单通知：我已经不在那个群里了。把我拉回群后，我会在群里补发。",
        "back": "我不在的时候，砂糖橘（#1）已经截止，"
        "结果见下面重新发的卡片（成团的，买家的订单都已私信发送）。",
        "amy_back": "我回到「Office」了：砂糖橘（#1）在我不在的时候截止，那个群没收到通知，"
        "现在已在群里补发了卡片。",
    },
    "en": {
        "open": ("/lang en", "/groupbuy Oranges price 30 ends 2h", "/helpsell on 10%"),
        "list": ("/lang en", "/helpsell #1"),
        "close": "/close #1",
        "not_told": "But Office was not told of the close: I am no longer in that group. Add me back and I"
        " will post it there.",
        "back": "While I was out, Oranges (#1) ended: the cards below show how (where one succeeded, each"
        " buyer's order was sent privately).",
        "amy_back": "I'm back in Office: Oranges (#1) ended while I was out, so that group was not told; I"
        " have now posted the cards there again.",
    },
}


def in_office(changed: dict[str, Any]) -> dict[str, Any]:
    changed["my_chat_member"]["chat"] = {"id": OFFICE, "type": "supergroup", "title": "Office"}
    return changed


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_help_selling_group_the_bot_was_out_of_is_named_and_hears_the_close_when_it_is_back(
    bot: Bot, api: FakeBotAPI, lang: str
) -> None:
    said = LISTED[lang]
    group = Group(bot, api)
    api.started.update({AMY.id, BOB.id})
    for text in said["open"]:
        await group.say(AMY, text)
    for text in said["list"]:
        await group.feed(api.message(OFFICE, BOB, text, title="Office"))
    await group.feed(api.message(OFFICE, BOB, "+1", title="Office"))
    await group.say(AMY, "+1")
    now = int(time.time())
    await group.feed(in_office(group.bot_status("member", "kicked", at=now)))
    api.undeliverable[OFFICE] = KICKED

    before = len(group.texts(AMY.id))
    await group.feed(api.message(AMY.id, AMY, said["close"]))  # in her private chat
    summary = [text for text in group.texts(AMY.id)[before:] if said["not_told"] in text]
    assert len(summary) == 1, group.texts(AMY.id)[before:]  # her group was told; Office named as not

    del api.undeliverable[OFFICE]
    shown = len(group.texts(OFFICE))
    told = len(group.texts(AMY.id))
    family = len(group.texts(FAMILY))
    await group.feed(in_office(group.bot_status("kicked", "member", at=now + 60)))
    heard = group.texts(OFFICE)[shown:]
    assert len(heard) == 2 and heard[0].endswith("\n" + said["back"]), heard
    assert "Oranges" in heard[1] or "砂糖橘" in heard[1], heard  # the final card, anew
    assert group.texts(AMY.id)[told:] == [said["amy_back"]]
    assert len(group.texts(FAMILY)) == family  # her own group, told at the close, hears nothing again
    api.assert_nothing_refused()


async def test_through_the_outbox_rows_the_close_summary_also_says_the_group_was_not_told(
    bot: Bot, api: FakeBotAPI
) -> None:
    """As `tuan run telegram` runs with its outbox rows: the summary is a row the relay sends."""
    rows = wired(api.token, api.base_url, through_rows=True)
    dispatcher = make_dispatcher(adapter=rows.adapter)
    numbers = iter(range(1, 100))
    clock = rows.app.clock
    assert isinstance(clock, FakeClock)
    group = Group(bot, api)  # for its updates only

    async def feed(raw: dict[str, Any]) -> None:
        update = Update.model_validate({"update_id": next(numbers), **raw}, context={"bot": rows.bot})
        await dispatcher.feed_update(rows.bot, update)
        await rows.settle()
        clock.advance(seconds=5)

    try:
        api.started.update({AMY.id, BOB.id})
        for text in SAID["zh"]["open"]:
            await feed(api.message(FAMILY, AMY, text))
        await feed(api.message(FAMILY, BOB, "+1"))
        now = int(time.time())
        await feed(group.bot_status("member", "kicked", at=now))
        api.undeliverable[FAMILY] = KICKED
        before = len(group.texts(AMY.id))
        await feed(api.message(AMY.id, AMY, "截单 #1"))
        summary = [text for text in group.texts(AMY.id)[before:] if SAID["zh"]["summary"] in text]
        assert len(summary) == 1, group.texts(AMY.id)[before:]

        del api.undeliverable[FAMILY]
        shown = len(group.texts(FAMILY))
        await feed(group.bot_status("kicked", "member", at=now + 60))
        assert group.texts(FAMILY)[shown] == SAID["zh"]["back"]
        api.assert_nothing_refused()
    finally:
        await rows.close()
