"""rep88 #12: `踢出 #2 @小美` while she held 小盒 ×1 and 大盒 ×1 told the group
`李姐 把 小美（×2）移出了 粽子（#2）` and her `团长 李姐 把你（×2）移出了…`: two option lines merged
into one count. A removal of several option lines names each, `小盒 ×1、大盒 ×1`; one line keeps its
count alone."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"


async def test_a_removal_of_two_option_lines_names_each() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("xiaomei", "+1 小盒", name="小美")
    await chat.say("xiaomei", "+1 大盒", name="小美")

    replies = await chat.say("lijie", "踢出 @小美", name="李姐", mentions=["xiaomei"])

    said = chat.said(replies)
    assert said.startswith("李姐 把 小美（小盒 ×1、大盒 ×1）移出了 粽子（#1）。"), said
    told = chat.private(replies)["xiaomei"]
    assert told.startswith("团长 李姐 把你（小盒 ×1、大盒 ×1）移出了 粽子（#1）。"), told


async def test_a_removal_of_one_option_line_keeps_its_count() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("xiaomei", "+2 小盒", name="小美")

    said = chat.said(await chat.say("lijie", "踢出 @小美", name="李姐", mentions=["xiaomei"]))

    assert said.startswith("李姐 把 小美（×2）移出了 粽子（#1）。"), said
