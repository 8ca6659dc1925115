"""In her private chat, 丽丽 opened a friend's code of a 月饼 group buy with options and sent `+1`; the bot
asked which option (规格), and her answer `小盒` got "我没看懂". Right after that question, an option's name
alone (case and width do not matter) joins with it, as `+1 小盒` would; once answered, or after any
other command, the same word is not understood again, and anything else keeps today's answer."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NOT_UNDERSTOOD = "我没看懂。发“帮助”看看我能做什么，或发“我的订单”查看你的订单。"


async def _opened() -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 月饼 规格 小盒:58,大盒:88,5KG:100 成团 5")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("lili", found.group(0), private=True)
    return room


async def test_an_options_name_answers_the_option_question() -> None:
    room = await _opened()
    asked = room.said(await room.say("lili", "+1", private=True))
    assert asked.startswith("月饼（#1）要哪个规格？")

    joined = room.said(await room.say("lili", "小盒", private=True))

    assert joined.startswith("你已跟团：1 × 月饼 小盒（#1）")
    assert "1. Lili 小盒 ×1" in await room.card()
    assert room.said(await room.say("lili", "小盒", private=True)) == NOT_UNDERSTOOD  # answered already


async def test_the_quantity_asked_about_is_kept_and_width_does_not_matter() -> None:
    room = await _opened()
    await room.say("lili", "我要两份", private=True)

    joined = room.said(await room.say("lili", "５ｋｇ", private=True))

    assert joined.startswith("你已跟团：2 × 月饼 5KG（#1）")


async def test_only_an_options_exact_name_right_after_the_question_joins() -> None:
    room = await _opened()
    assert room.said(await room.say("lili", "大盒", private=True)) == NOT_UNDERSTOOD  # nothing asked
    await room.say("lili", "+1", private=True)
    assert room.said(await room.say("lili", "小盒子", private=True)) == NOT_UNDERSTOOD
    await room.say("lili", "我的订单", private=True)  # another command: the question is not the last

    assert room.said(await room.say("lili", "小盒", private=True)) == NOT_UNDERSTOOD
    assert "Lili" not in await room.card()
