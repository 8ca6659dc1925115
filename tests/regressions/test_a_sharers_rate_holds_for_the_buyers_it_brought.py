"""amy set `佣金 #1 10%`, bob shared it and eve joined with his code; then amy's `佣金 #1 0` was taken
("已关闭分享赚…"), and after the close and 已收 Bob was never told and his 我的收益 had no #1-1. Once a
buyer joined through a member's share, that rate holds for them: it may go up, never down or off; the
refusal says the rate that holds, and the sharer earns it."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_sharers_rate_holds_for_the_buyers_it_brought() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸭 价格 100 成团 1 截止 2小时")
    await chat.say("amy", "佣金 #1 10%")
    assert chat.said(await chat.say("amy", "佣金 #1 8%")).startswith("分享赚：鸭（#1）的分享者按 8% 计佣金")
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("bob", "分享 #1")))
    assert found is not None
    await chat.say("eve", f"+1 {found.group(0).lower()}", private=True)

    held = (
        "鸭（#1）已有买家通过别人的分享码跟团，分享者是按分享佣金 8% 带来的："
        "比例仍是 8%，只能调高、不能调低或关闭，没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "佣金 #1 0")) == held
    assert chat.said(await chat.say("amy", "佣金 5%")) == held
    assert "💰 分享赚 8%" in await chat.card(1)
    english = chat.said(await chat.say("amy", "/commission 0", language="en"))
    assert english.endswith("of 8%: it stays 8%, and can go up but not down or off. Nothing was changed.")
    assert chat.said(await chat.say("amy", "佣金 10%")).startswith("分享赚：鸭（#1）的分享者按 10% 计佣金")

    await chat.say("amy", "截单 #1")
    await chat.say("amy", "已收 1-1")
    earnings = chat.said(await chat.say("bob", "我的收益", private=True))
    assert "#1-1 鸭（Eve）：¥10，待入账" in earnings, earnings
