"""rep88 #5: 老王 pasted `#接龙 粽子⏎1. 小美 小盒 2⏎2. 老王 大盒 1 6号楼` and read
`老王 跟团：1 × 粽子 大盒（#2）。备注：1 6号楼。`: the count was read and kept again as the note's first
word, so after `改成2份` his line read `大盒 ×2 · 1 6号楼`, a second quantity beside his own. A pasted
option line `名字 规格 数量 地址` is that many of the option with the address its note."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"


async def test_a_pasted_option_lines_count_never_starts_its_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("xiaomei", "+2 小盒", name="小美")

    reply = chat.said(
        await chat.say("laowang", "#接龙 粽子\n1. 小美 小盒 2\n2. 老王 大盒 2 6号楼", name="老王")
    )

    assert reply.startswith("老王 跟团：2 × 粽子 大盒（#1）"), reply
    assert "备注：6号楼" in reply and "2 6号楼" not in reply, reply
    assert (await chat.card(1)).endswith("2. 老王 大盒 ×2 · 6号楼"), await chat.card(1)


async def test_a_pasted_option_line_of_one_keeps_only_its_address() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")

    reply = chat.said(await chat.say("laowang", "#接龙 粽子\n1. 老王 大盒 1 6号楼", name="老王"))

    assert reply.startswith("老王 跟团：1 × 粽子 大盒（#1）"), reply
    assert "备注：6号楼" in reply and "1 6号楼" not in reply, reply
