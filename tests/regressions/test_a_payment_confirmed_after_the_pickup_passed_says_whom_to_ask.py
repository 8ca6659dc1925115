"""rep55 #3: `/paid 1-3` after the pickup (Mon 7 Dec 19:00) had passed told Eve only "Lisa confirmed…
Thank you! Your pickup code: 7556", no place, time or whom to ask (so did `已收 6-1` and the console's
已收), and her `how do I pay?` then said "Next, pickup: Clubhouse · Mon 7 Dec 19:00", four days gone.
Both now say when the pickup was, that it has passed, and to ask the organiser, named, when to collect."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

GATE_ZH = "南门 · 11月24日 周二 17:00"
GATE_EN = "Gate 3 · Tue 24 Nov 17:00"


async def passed(lang: str) -> Chat:
    """Bob's order closed, the pickup set for tomorrow 5pm, and two days gone by unpaid."""
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    if lang == "zh":
        await chat.say("amy", "接龙 芒果 价格 30 成团 1 截止 2小时")
        await chat.say("bob", "+1")
        await chat.say("amy", "截单")
        await chat.say("amy", "自提 南门 明天下午5点")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 30 target 1 ends 2h")
        await chat.say("bob", "+1")
        await chat.say("amy", "/close")
        await chat.say("amy", "/pickup Gate 3 tomorrow 5pm")
    clock.advance(days=2)
    return chat


async def test_paid_after_the_pickup_passed_is_told_it_passed_and_whom_to_ask_in_chinese() -> None:
    chat = await passed("zh")

    told = Chat.private(await chat.say("amy", "已收 @bob", mentions=["bob"]))
    asked = Chat.said(await chat.say("bob", "怎么付钱", private=True))

    passed_said = f"自提原定 {GATE_ZH}，这个时间已经过了：请问团长 Amy 什么时候可以取货。"
    assert f"\n{passed_said}\n取货码：" in told["bob"]
    assert passed_said in asked
    assert "接下来取货" not in asked


async def test_paid_after_the_pickup_passed_is_told_it_passed_and_whom_to_ask_in_english() -> None:
    chat = await passed("en")

    told = Chat.private(await chat.say("amy", "/paid @bob", mentions=["bob"]))
    asked = Chat.said(await chat.say("bob", "how do I pay?", private=True))

    passed_said = (
        f"Pickup was {GATE_EN}: that time has passed. Ask the organiser, Amy, when you can collect it."
    )
    assert f"\n{passed_said}\nYour pickup code:" in told["bob"]
    assert passed_said in asked
    assert "Next, pickup" not in asked
