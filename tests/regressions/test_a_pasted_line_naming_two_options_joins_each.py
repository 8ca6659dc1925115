"""rep88 #2: on 粽子 (大盒 / 小盒) 小美 pasted `#接龙 粽子⏎1. 小美 大盒1 小盒2` (one 大盒, two 小盒) and was
asked which option, its example `+1 小盒 大盒1 小盒2` pasting her whole line behind `+1 小盒`: sent as it
was, she got one 小盒 and a note `大盒1 小盒2`. A pasted line naming several options of the group buy its
list is for, each with its count, joins each option that many, as `老张 芒果1 鸡蛋1` joins each product."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"


async def test_a_pasted_line_naming_two_options_joins_each() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")

    reply = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 小美 大盒1 小盒2", name="小美"))

    assert "小美 跟团：1 × 粽子 大盒（#1）" in reply, reply
    assert "小美 跟团：2 × 粽子 小盒（#1）" in reply, reply
    assert "要哪个规格" not in reply and "备注" not in reply, reply
    card = await chat.card(1)
    assert "小美 大盒 ×1" in card and "小美 小盒 ×2" in card, card
    assert "大盒1" not in card and "小盒2" not in card, card

    again = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 小美 大盒1 小盒2", name="小美"))

    assert "你已经在名单上了" in again, again  # the same copy pasted again adds nothing
    assert await chat.card(1) == card


async def test_a_pasted_line_naming_two_options_beside_another_open_group_buy() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("lijie", "接龙 苹果 价格 20 截止 明天20:00", name="李姐")

    reply = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 小美 大盒1 小盒2", name="小美"))

    assert "1 × 粽子 大盒（#1）" in reply and "2 × 粽子 小盒（#1）" in reply, reply
    assert "小美" not in await chat.card(2)
