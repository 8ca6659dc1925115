"""rep88 #6: 小美 held 小盒 ×2 and 大盒 ×1 on 粽子 and sent `改成1份`: the answer's example was `-1 大盒`,
which takes her whole 大盒 off, no change of a count; her natural reply `改成1份 小盒` got no answer at
all. The question's example is now the set-to naming an option (`小盒改成1份`), and `改成1份 小盒` is
read as `小盒改成1份`."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"


async def test_a_set_to_holding_two_options_names_the_set_to_that_works() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("xiaomei", "+2 小盒", name="小美")
    await chat.say("xiaomei", "+1 大盒", name="小美")
    card = await chat.card(1)

    which = chat.said(await chat.say("xiaomei", "改成1份", name="小美"))

    assert which == (
        "你在 粽子 有几个规格：小盒 ×2 / 大盒 ×1。请说明改哪个，例如 小盒改成1份。没有任何改动。"
    ), which
    assert await chat.card(1) == card

    done = chat.said(await chat.say("xiaomei", "改成1份 小盒", name="小美"))

    assert done.startswith("小美 现在是 1 × 粽子 小盒（#1）"), done
    card = await chat.card(1)
    assert "小美 小盒 ×1" in card and "小美 大盒 ×1" in card, card


async def test_a_set_to_holding_two_options_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "/groupbuy Dumplings options veg:5,pork:6 ends tomorrow 20:00")
    await chat.say("bob", "+2 veg")
    await chat.say("bob", "+1 pork")

    which = chat.said(await chat.say("bob", "make it 1"))

    assert which == (
        "You have several options of Dumplings: veg ×2 / pork ×1. Say which to change, e.g. make it 1 veg. "
        "Nothing was changed."
    ), which
