"""Session 15 (fo, review fg 1): on 荔枝 sold per 斤, `代报 王阿姨 2斤`, `代报 刘奶奶 1kg` and
`代报 刘奶奶 半斤` made guests named "王阿姨 2斤", "刘奶奶 1kg", "刘奶奶 半斤" with 1斤 each (¥15
charged where ¥30 was meant, the fraction accepted). A quantity in a unit word
after the guest's name is her quantity, read as a join's: `2斤` is 2斤, `1kg` is
2斤, `半斤` is refused as `+半斤` is (the example in the 代报 form), nothing changed;
the name stays the name. English too: `/add Wang 2 kg`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def opened(text: str, name: str = "阿芳") -> Chat:
    chat = fake_chat()
    await chat.say("amy", text, name=name)
    return chat


@pytest.mark.parametrize(
    ("typed", "name", "line"),
    [
        ("代报 王阿姨 2斤", "王阿姨", "王阿姨 2斤（阿芳 代报）"),
        ("代报 刘奶奶 1kg", "刘奶奶", "刘奶奶 2斤（阿芳 代报）"),
        ("代报 刘奶奶 2 斤 3号楼", "刘奶奶", "刘奶奶 2斤（阿芳 代报） · 3号楼"),
        ("代报 #1 王阿姨 两斤", "王阿姨", "王阿姨 2斤（阿芳 代报）"),
    ],
)
async def test_a_weight_after_the_name_is_how_much_she_gets(typed: str, name: str, line: str) -> None:
    chat = await opened("接龙 荔枝 价格 15元/斤 成团 20")

    reply = chat.said(await chat.say("amy", typed, name="阿芳"))

    assert reply.startswith(f"阿芳 代报：{name} 2斤 · 荔枝（#1），订单由 阿芳 收款。"), reply
    assert (await chat.card()).endswith(f"\n\n1. {line}")


async def test_half_a_unit_is_refused_and_changes_nothing() -> None:
    chat = await opened("接龙 荔枝 价格 15元/斤 成团 20")
    before = await chat.card()

    reply = chat.said(await chat.say("amy", "代报 刘奶奶 半斤", name="阿芳"))
    other = chat.said(await chat.say("amy", "代报 刘奶奶 2箱", name="阿芳"))

    assert reply == "荔枝（#1）按斤卖，“半斤”不是整斤数。要 1斤 就发 代报 #1 刘奶奶 1。没有任何改动。"
    assert other == (
        "荔枝（#1）按斤卖，“2箱”不是它的数量。要几斤就发 代报 #1 刘奶奶 几，例如 代报 #1 刘奶奶 2（2斤）。"
        "没有任何改动。"
    )
    assert await chat.card() == before


async def test_sold_by_the_portion_half_a_crab_is_refused_and_two_crabs_are_two() -> None:
    chat = await opened("接龙 大闸蟹 价格 25 成团 20")
    before = await chat.card()

    half = chat.said(await chat.say("amy", "代报 王阿姨 半只", name="阿芳"))
    assert await chat.card() == before
    two = chat.said(await chat.say("amy", "代报 王阿姨 2只", name="阿芳"))

    assert half == "“半只”不是整数：代报写要几份，例如 代报 #1 王阿姨 1。没有任何改动。"
    assert two.startswith("阿芳 代报：王阿姨 ×2 · 大闸蟹（#1）"), two


async def test_in_english_a_weight_after_the_name_converts() -> None:
    chat = await opened("/groupbuy Lychees price 15/kg target 20", "Amy")
    before = await chat.card()

    refused = chat.said(await chat.say("amy", "/add Zhao 500g", name="Amy"))
    assert await chat.card() == before
    spaced = chat.said(await chat.say("amy", "/add Wang 2 kg", name="Amy"))
    glued = chat.said(await chat.say("amy", "/add Li 1kg", name="Amy"))

    assert refused == (
        "Lychees (#1) is sold by the kg: “500 g” is 0.5 kg, not a whole number of kg. "
        "Send /add #1 Zhao 1 for 1 kg. Nothing was changed."
    )
    assert spaced.startswith("Amy added Wang (not in this chat): 2 kg of Lychees (#1);"), spaced
    assert "Note" not in spaced
    assert glued.startswith("Amy added Li (not in this chat): 1 kg of Lychees (#1);"), glued
    assert (await chat.card()).endswith("\n\n1. Wang 2 kg (added by Amy)\n2. Li 1 kg (added by Amy)")
