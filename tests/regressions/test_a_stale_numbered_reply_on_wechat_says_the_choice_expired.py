"""Session 13 (FV): on WeChat a numbered reply stands for a button (`回复 1 跟团`), so one that no longer
means anything (its group buy gone, its option not on the card) was answered `这个按钮已经失效了。` or
`这个按钮已过期：…`: there is no button there. It now says the choice has expired; Telegram keeps "button"."""

from __future__ import annotations

from handlers.buttons import CardAction, CardButton
from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import ROOM, Room
from tests.unit.handlers.conftest import fake_chat


async def _asked(room: Room, member: str, data: str) -> None:
    """The bot asked `member` a question whose choice 1 is `data` (as a card or an answer does)."""
    await room.adapter.choices.asked(ROOM, f"wxid_{member}", [data], room.clock.now())


async def test_a_number_for_a_group_buy_that_is_gone_says_the_choice_expired() -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 2")
    await _asked(room, "李四", CardButton(CardAction.JOIN, 7).pack())  # no group buy #7 (any more)

    assert await room.say("李四", "1") == ["这个选项已过期。"]


async def test_a_number_for_an_option_the_card_has_not_says_the_choice_expired() -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 规格 3斤:58,5斤:88 成团 2")
    await _asked(room, "李四", CardButton(CardAction.JOIN, 1, option=5).pack())

    said = await room.say("李四", "1")

    assert said == ["这个选项已过期：海南贵妃芒（#1）没有这个规格。发“进度 #1”看最新的接龙卡片。"]


async def test_a_platform_with_buttons_still_says_button() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 30 成团 2")

    stale = await chat.tap("bob", CardButton(CardAction.JOIN, 7).pack())

    assert [reply.toast for reply in stale] == ["这个按钮已经失效了。"]
