"""rep104 #10: `帮卖 #1 开 abc` and `/helpsell on 10 percent` were answered with the general help-selling
text, never saying the rate could not be read nor that nothing changed. Now they are told so, with the
form keeping the number typed."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def test_an_unreadable_rate_in_chinese() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    said = [r.text for r in await chat.say("amy", "帮卖 #1 开 abc") if r.text]
    assert said == ["“abc”不是帮卖佣金比例，没有任何改动。请写 0 到 50 之间的百分比，例如：帮卖 #1 开 10%"]
    on = [r.text for r in await chat.say("amy", "帮卖 #1 开 10%") if r.text]
    assert "10%" in on[0] and "不是" not in on[0]  # nothing was set before: now it is


async def test_an_unreadable_rate_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Jam price 5")
    said = [r.text for r in await chat.say("amy", "/helpsell on 10 percent") if r.text]
    assert said == [
        "“10 percent” is not a help-sell rate, so nothing was changed."
        " Write a percent from 0 to 50, e.g. /helpsell on 10%"
    ]
