"""Session 15 (fj): on a group buy sold per kg, the group buy's number typed after an English weight
became a note: `+5 kg #2` → `Note: #2`, `+2kg #2 for my mum` → `Note: #2`; `#2 +2kg` got no reply; and
`+1000g #2` with two open was asked which one, its example nonsense (`+1000 #2 g #2`). Every form
(`+N<unit> #id`, `+N <unit> #id`, `#id +N<unit>`, with a note or a friend after) now joins that group
buy with no note of its number, and the which-question's example is built from the quantity read with
its unit, in the unit each one is sold in where it converts (`+1000g`: `Rice: +1 kg #2`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def two_open(lang: str = "en") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Strawberries price 30 per box target 20")
        await chat.say("amy", "/groupbuy Rice price 8/kg target 20")
    else:
        await chat.say("amy", "接龙 草莓 价格 30元/盒 成团 20")
        await chat.say("amy", "接龙 大米 价格 8元/斤 成团 20")
    return chat


@pytest.mark.parametrize(
    ("text", "said", "line"),
    [
        ("+5 kg #2", "Bob is in: 5 kg of Rice (#2). Now ¥8/kg.", "Bob 5 kg"),
        ("+5kg #2", "Bob is in: 5 kg of Rice (#2). Now ¥8/kg.", "Bob 5 kg"),
        ("+1000g #2", "Bob is in: 1 kg of Rice (#2). 1000 g = 1 kg. Now ¥8/kg.", "Bob 1 kg"),
        ("#2 +2kg", "Bob is in: 2 kg of Rice (#2). Now ¥8/kg.", "Bob 2 kg"),
        ("#2 +2 kg gate 3", "Bob is in: 2 kg of Rice (#2). Note: gate 3. Now ¥8/kg.", "Bob 2 kg · gate 3"),
        ("+2 kg #2 gate 3", "Bob is in: 2 kg of Rice (#2). Note: gate 3. Now ¥8/kg.", "Bob 2 kg · gate 3"),
        ("+2kg #2 for my mum", "Bob joined for mum: 2 kg of Rice (#2). Now ¥8/kg.", "Bob for mum 2 kg"),
    ],
)
async def test_the_number_after_a_weight_names_the_group_buy(text: str, said: str, line: str) -> None:
    chat = await two_open()

    reply = chat.said(await chat.say("bob", text))

    assert reply == said
    assert (await chat.card(2)).endswith(f"\n\n1. {line}")


async def test_a_weight_without_a_number_goes_to_the_only_one_sold_by_weight() -> None:
    chat = await two_open()

    joined = chat.said(await chat.say("bob", "+1000g"))

    # session 15 (fr): no question whose example `+1000 g #1` the box-sold one refuses; the examples
    # in each one's unit are tests/regressions/test_a_weight_join_goes_to_the_one_sold_by_weight.py
    assert joined == "Bob is in: 1 kg of Rice (#2). 1000 g = 1 kg. Now ¥8/kg.", joined


@pytest.mark.parametrize(
    ("text", "said", "line"),
    [
        ("+2斤 #2", "Bob 跟团：2斤 大米（#2）。当前 ¥8/斤。", "Bob 2斤"),
        ("#2 +2斤 3号楼", "Bob 跟团：2斤 大米（#2）。备注：3号楼。当前 ¥8/斤。", "Bob 2斤 · 3号楼"),
        ("+1 公斤 #2", "Bob 跟团：2斤 大米（#2）。1公斤 = 2斤。当前 ¥8/斤。", "Bob 2斤"),
        ("#2 +2斤 帮 小王", "Bob 帮 小王 跟团：2斤 大米（#2）。当前 ¥8/斤。", "Bob 帮 小王 2斤"),
    ],
)
async def test_in_chinese_the_number_after_a_weight_names_the_group_buy(
    text: str, said: str, line: str
) -> None:
    chat = await two_open("zh")

    reply = chat.said(await chat.say("bob", text))

    assert reply == said
    assert (await chat.card(2)).endswith(f"\n\n1. {line}")
