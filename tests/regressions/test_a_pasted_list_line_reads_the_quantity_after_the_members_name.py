"""Session 13 (FA): a member pasting WeChat's own 接龙 list back with her line added had her name read
as the quantity: 小李88's `2. 小李88 2份` joined 88 units with the note "2份" (with 限购 3: a confusing
limit refusal), Lucy2's `2. Lucy2 1` 2 units with the note "1", D1's `3. D1 +1 3号楼` the note "+1 3号楼";
and a quantity after an address (`2. 阿华 3号楼 2份`, `3号楼502 x2`) stayed in the note. The member's
name (as WeChat writes it in the list) is taken off her line first, then the quantity is read; a
quantity after an address counts with a unit word or `x2`, a bare number there (`3号楼 502`) is note."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 海南贵妃芒 5斤 价格 30 成团 50"
LIST = "#接龙\n海南贵妃芒 5斤\n\n1. 小王 2份\n"

# (member, her line, what the bot says, her line on the card)
PASTED = [
    ("小李88", "2. 小李88 2份", "小李88 跟团：2 × 海南贵妃芒 5斤（#1）。当前", "1. 小李88 ×2"),
    ("Lucy2", "2. Lucy2 1", "Lucy2 跟团：1 × 海南贵妃芒 5斤（#1）。当前", "1. Lucy2 ×1"),
    ("D1", "2. D1 +1 3号楼", "D1 跟团：1 × 海南贵妃芒 5斤（#1）。备注：3号楼。", "1. D1 ×1 · 3号楼"),
    ("小李", "2. 小李 3号楼 2份", "小李 跟团：2 × 海南贵妃芒 5斤（#1）。备注：3号楼。", "1. 小李 ×2 · 3号楼"),
    ("阿华", "2. 阿华 3号楼 2份", "阿华 跟团：2 × 海南贵妃芒 5斤（#1）。备注：3号楼。", "1. 阿华 ×2 · 3号楼"),
    (
        "阿华",
        "2. 阿华 3号楼502 x2",
        "阿华 跟团：2 × 海南贵妃芒 5斤（#1）。备注：3号楼502。",
        "1. 阿华 ×2 · 3号楼502",
    ),
    (
        "阿华",
        "2. 阿华 3号楼 502",
        "阿华 跟团：1 × 海南贵妃芒 5斤（#1）。备注：3号楼 502。",
        "1. 阿华 ×1 · 3号楼 502",
    ),
    ("阿华", "2. 阿华 2份 3号楼", "阿华 跟团：2 × 海南贵妃芒 5斤（#1）。备注：3号楼。", "1. 阿华 ×2 · 3号楼"),
]


@pytest.mark.parametrize(("member", "line", "said", "card_line"), PASTED)
async def test_a_pasted_line_reads_the_quantity_after_the_members_name(
    member: str, line: str, said: str, card_line: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", OPEN)

    reply = chat.said(await chat.say(member, LIST + line))

    assert reply.startswith(said), reply
    assert (await chat.card()).endswith(f"\n\n{card_line}")


async def test_a_name_ending_in_digits_is_no_quantity_under_a_limit() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 30 库存 50 限购 3")

    reply = chat.said(await chat.say("小李88", LIST + "2. 小李88 2份"))

    assert reply.startswith("小李88 跟团：2 × 海南贵妃芒 5斤（#1）。"), reply
    assert (await chat.card()).endswith("\n\n1. 小李88 ×2")


async def test_the_room_alias_wechat_lists_her_by_is_taken_off_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", OPEN)

    replies = await chat.say("lucy", LIST + "2. 3栋 Lucy 2份", alias="3栋 Lucy")

    assert chat.said(replies).startswith("Lucy 跟团：2 × 海南贵妃芒 5斤（#1）。当前")
    assert (await chat.card()).endswith("\n\n1. Lucy ×2")
