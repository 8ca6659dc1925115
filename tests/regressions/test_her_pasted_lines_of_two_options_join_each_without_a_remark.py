"""rep88 #7: 小美 held 大盒 ×1 and 小盒 ×1 on 粽子 and pasted `#接龙 粽子⏎1. 小美 大盒 1⏎2. 小美 小盒 2`.
The answer said `名单上写着你的有不止一行，只按最后一行算；要共 2 份请发 改成2份。`: that only the last line
counted, and to send for what she already had. Her lines naming different options are each that
option's line (as `小美 大盒1 小盒2` on one line), no remark; her name twice on one option still gets it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"


async def test_her_pasted_lines_of_two_options_join_each_without_a_remark() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")

    reply = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 小美 大盒 1\n2. 小美 小盒 2", name="小美"))

    assert "小美 跟团：1 × 粽子 大盒（#1）" in reply and "小美 跟团：2 × 粽子 小盒（#1）" in reply, reply
    assert "只按最后一行算" not in reply, reply
    card = await chat.card(1)
    assert "小美 大盒 ×1" in card and "小美 小盒 ×2" in card, card


async def test_her_pasted_lines_of_one_option_still_get_the_remark() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")

    reply = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 小美 大盒 1\n2. 小美 大盒 2", name="小美"))

    assert "只按最后一行算" in reply, reply
