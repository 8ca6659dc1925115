"""Session 14 (README review): `问 #1 什么时候截单` about a cancelled group buy was answered
"已经截单了，不能再跟团", and `问 #1 在哪取货` sent the buyer to ask its organiser about a pickup that
will never happen. A question about a group buy called off says it was cancelled (已取消), one that
failed at its deadline that it ended short (未成团，已结束); who organises it is still answered."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cancelled_and_failed(language: str = "zh") -> Chat:
    """Mangoes #1 cancelled by Amy; grapes #2 failed at its deadline with 1 of 3 joined."""
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=language)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 5")
    await chat.say("bob", "+1")
    await chat.say("amy", "取消 #1 确认")
    await chat.say("amy", "接龙 阳光玫瑰葡萄 价格 10 成团 3 截止 1小时")
    await chat.say("bob", "+1 #2")
    clock.advance(hours=2)
    await chat.app.expire(2)
    return chat


async def test_a_question_about_a_cancelled_group_buy_says_it_was_cancelled() -> None:
    chat = await _cancelled_and_failed()

    deadline = chat.said(await chat.say("bob", "问 #1 什么时候截单"))
    pickup = chat.said(await chat.say("bob", "问 #1 在哪取货"))
    failed = chat.said(await chat.say("bob", "问 #2 在哪取货"))
    organiser = chat.said(await chat.say("bob", "问 #1 团长是谁"))

    assert deadline == "海南贵妃芒（#1）已取消：不成团，没有取货，不收任何款项。"
    assert pickup == "海南贵妃芒（#1）已取消：不成团，没有取货，不收任何款项。"
    assert failed == "阳光玫瑰葡萄（#2）未成团，已结束：没有取货，不收任何款项。"
    assert "已取消" not in organiser and "Amy" in organiser


async def test_in_english_too() -> None:
    chat = await _cancelled_and_failed("en")

    deadline = chat.said(await chat.say("bob", "/ask #1 when does it close"))
    pickup = chat.said(await chat.say("bob", "/ask #1 where do I pick it up"))

    assert deadline == "海南贵妃芒 (#1) was cancelled: there is no pickup and nobody is charged."
    assert pickup == "海南贵妃芒 (#1) was cancelled: there is no pickup and nobody is charged."
