"""Review 27 #14: in a group where every group buy had closed, `帮卖 开 10%` (and `佣金 5%`) picked the last
closed one and said "荔枝（#5）已截单：订单按当时的帮卖佣金 0% 生成，比例不再改": about a group buy she never
meant. With none open here, a rate she sets without a number is told there is none open here to set it
on, and how to name one (`佣金 #12 5%`); named by its number, a closed one still says its rate stays."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "zh": (
        ("接龙 荔枝 价格 30", "截单"),
        {
            "帮卖 开 10%": "这个群里没有进行中的团购，帮卖没有开，没有任何改动。"
            "要给你的某个团开帮卖，请带上编号，例如：帮卖 #12 开 10%",
            "帮卖 关": "这个群里没有进行中的团购，没有帮卖可关，没有任何改动。"
            "要关某个团的帮卖，请带上编号，例如：帮卖 #12 关",
            "佣金 5%": "这个群里没有进行中的团购，分享佣金没有设置，没有任何改动。"
            "要给你的某个团设置，请带上编号，例如：佣金 #12 5%",
            "佣金 #1 5%": "荔枝（#1）已截单：订单按当时的分享佣金 0% 生成，比例不再改，没有任何改动。",
        },
    ),
    "en": (
        ("/groupbuy Lychees price 30", "/close"),
        {
            "/helpsell on 10%": "There is no open group buy in this chat to open to help-selling; "
            "nothing was changed. Name one of yours by its number, e.g. /helpsell #12 on 10%",
            "/commission 5%": "There is no open group buy in this chat to set a sharers' rate on; "
            "nothing was changed. Name one of yours by its number, e.g. /commission #12 5%",
            "/commission #1 5%": "Lychees (#1) is closed: its orders were made at the sharers' rate of 0%, "
            "which stays. Nothing was changed.",
        },
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_rate_with_no_open_group_buy_here_asks_which_not_a_closed_one(lang: str) -> None:
    (opening, close), said = CASES[lang]
    room = fake_chat()
    await room.say("amy", opening)
    await room.say("bob", "+1")
    await room.say("amy", close)
    for typed, answer in said.items():
        assert room.said(await room.say("amy", typed)) == answer, typed
