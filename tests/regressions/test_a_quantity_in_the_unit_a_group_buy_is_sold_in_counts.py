"""Session 13 (FF): on a group buy sold per 斤 (`价格 15元/斤`), a member pasting WeChat's 接龙 list back
with `2. 小李 2斤` joined 1 with the note "2斤", and `+2箱` (or a pasted `2箱`) joined 2 as if they were
2斤. The price's unit is kept with the group buy (`Terms.unit`): a quantity in that unit word counts
(`2斤`, `两斤`, `3号楼 2斤`, `+2斤`, `接龙 2斤`, `我要两斤`; `2份` and `+2` as before), one in another unit
word is refused saying the unit it is sold in, nothing changed. A group buy priced with no unit reads
joins as before (`2斤` on `阳光玫瑰 2斤` is the title's weight: tests/regressions/
test_a_numeral_in_a_members_name_is_never_a_pasted_quantity.py)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LYCHEES = "接龙 荔枝 价格 15元/斤 成团 20"
LIST = "#接龙\n荔枝\n\n1. 小王 3斤\n"


async def opened(text: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", text)
    return chat


# (what 小李 sends, what the bot says, her line on the card)
IN_ITS_UNIT = [
    (LIST + "2. 小李 2斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    (LIST + "2. 小李 两斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    (LIST + "2. 小李2斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    (LIST + "2. 小李 3号楼 2斤", "小李 跟团：2斤 荔枝（#1）。备注：3号楼。当前", "小李 2斤 · 3号楼"),
    (LIST + "2. 小李 2斤 3号楼", "小李 跟团：2斤 荔枝（#1）。备注：3号楼。当前", "小李 2斤 · 3号楼"),
    (LIST + "2. 小李 2份", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    ("+2斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    ("接龙 2斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    ("我要两斤", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
    ("+2", "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。", "小李 2斤"),
]


@pytest.mark.parametrize(("text", "said", "card_line"), IN_ITS_UNIT)
async def test_a_quantity_in_its_unit_counts(text: str, said: str, card_line: str) -> None:
    chat = await opened(LYCHEES)

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply.startswith(said), reply
    assert "备注：2斤" not in reply and "备注：。" not in reply
    assert (await chat.card()).endswith(f"\n\n1. {card_line}")


OTHER_UNITS = [
    (LIST + "2. 小李 2箱", "2箱", 2),
    (LIST + "2. 小李 三盒", "3盒", 3),
    ("+2箱", "2箱", 2),
    ("我要两箱", "2箱", 2),
    (
        "+2 bags",
        "2 bags",
        2,
    ),  # a weight converts (`+2 kg` is 4斤: test_a_weight_converts_to_the_unit_sold_in.py)
]


@pytest.mark.parametrize(("text", "typed", "n"), OTHER_UNITS)
async def test_a_quantity_in_another_unit_is_refused_with_the_one_it_is_sold_in(
    text: str, typed: str, n: int
) -> None:
    chat = await opened(LYCHEES)
    before = await chat.card()

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert (
        reply
        == f"荔枝（#1）按斤卖，“{typed}”不是它的数量。要几斤就发 +几，例如 +{n}（{n}斤）。没有任何改动。"
    )
    assert await chat.card() == before


async def test_a_price_in_the_title_keeps_its_unit() -> None:
    chat = await opened("接龙 荔枝 15元/斤")

    reply = chat.said(await chat.say("xiaoli", LIST + "2. 小李 两斤", name="小李"))

    assert reply.startswith("小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤。"), reply


async def test_english_forms_count_in_its_unit_and_refuse_another() -> None:
    chat = await opened("/groupbuy Lychees price 15/kg target 20")

    joined = chat.said(await chat.say("bob", "+2 kg"))
    refused = chat.said(await chat.say("cat", "+2 boxes"))

    assert joined.startswith("Bob is in: 2 kg of Lychees (#1). Now ¥15/kg."), joined
    assert refused == (
        "Lychees (#1) is sold by the kg, so “2 boxes” is not a quantity of it. Send how many kg you want, "
        "e.g. +2 for 2 kg. Nothing was changed."
    )
    assert (await chat.card()).endswith("\n\n1. Bob 2 kg")


async def test_a_group_buy_priced_without_a_unit_reads_a_weight_as_before() -> None:
    chat = await opened("接龙 阳光玫瑰 2斤 价格 45 成团 20")

    roses = "#接龙\n阳光玫瑰 2斤\n\n1. 小王 2份\n2. 小李 2斤"
    pasted = chat.said(await chat.say("xiaoli", roses, name="小李"))
    boxes = chat.said(await chat.say("bob", "+2箱"))

    assert pasted.startswith("小李 跟团：1 × 阳光玫瑰 2斤（#1）。"), pasted
    assert boxes.startswith("Bob 跟团：2 × 阳光玫瑰 2斤（#1）。"), boxes
