"""With two group buys open in the group, `佣金 -5%` and `佣金 60%` asked "which one?" instead of refusing
the rate, though no group buy could take it. The rate is checked first: refused with its 0–50% range."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bad_commission_rate_is_refused_before_asking_which() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸭 价格 100 成团 5 截止 2小时")
    await chat.say("amy", "接龙 鹅 价格 80 成团 5 截止 2小时")

    for typed, shown in (("佣金 -5%", "-5%"), ("佣金 60%", "60%"), ("佣金 #2 60%", "60%")):
        assert chat.said(await chat.say("amy", typed)) == (
            f"佣金比例须在 0% 到 50% 之间，{shown} 不行，没有任何改动。"
        ), typed
    assert chat.said(await chat.say("amy", "/commission 60%")) == (
        "佣金比例须在 0% 到 50% 之间，60% 不行，没有任何改动。"
    )
    assert "💰" not in await chat.card(1) and "💰" not in await chat.card(2)
    assert chat.said(await chat.say("amy", "佣金 #2 5%")).startswith("分享赚：鹅（#2）的分享者按 5% 计佣金")
