"""Session 15 (FE 6): `/groupbuy Mangoes 12 per kg ends 2d` and `/groupbuy Durian 35 per box` were
answered "Add a price." (only `price 35 per box` or `¥35/box` worked, while the console's Price field took
`12 per kg`), `接龙 荔枝 15元一斤` the same in Chinese, and `price 30 per tray` was "not a price I can
read" without naming the units known. A title ending in a unit price now opens the group buy sold in that
unit, as `Title 30元` does; a tray, a punnet, a jar… are units (`+2 trays` counts 2); a word that is no
unit is refused naming it and the units known, and nothing is opened."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("opening", "opened"),
    [
        ("/groupbuy Mangoes 12 per kg ends 2d", "Group buy #1 is open: Mangoes at ¥12/kg."),
        ("/groupbuy Durian 35 per box", "Group buy #1 is open: Durian at ¥35/box."),
        ("/groupbuy Rice 5kg 12/kg", "Group buy #1 is open: Rice 5kg at ¥12/kg."),
        ("/groupbuy Eggs price 30 per tray", "Group buy #1 is open: Eggs at ¥30/tray."),
        ("/groupbuy Eggs ¥30 per tray", "Group buy #1 is open: Eggs at ¥30/tray."),
    ],
)
async def test_a_title_ending_in_a_unit_price_opens_it_sold_in_that_unit(opening: str, opened: str) -> None:
    chat = fake_chat(default_language="en")

    said = chat.said(await chat.say("amy", opening))

    assert said.startswith(opened), said


@pytest.mark.parametrize(
    "opening", ["接龙 荔枝 15元一斤", "接龙 荔枝 15块/斤", "接龙 荔枝 15元每斤", "接龙 荔枝 价格 15元一斤"]
)
async def test_in_chinese_a_price_per_jin_opens_it_sold_by_the_jin(opening: str) -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("amy", opening))

    assert said.startswith("团购 #1 开团了：荔枝，¥15/斤。"), said


async def test_a_join_in_a_new_unit_counts_it() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs 30 per tray")

    joined = chat.said(await chat.say("bob", "+2 trays"))

    assert joined.startswith("Bob is in: 2 trays of Eggs (#1). Now ¥30/tray."), joined
    assert (await chat.card()).endswith("\n\n1. Bob 2 trays")


async def test_a_word_that_is_no_unit_is_named_with_the_units_known() -> None:
    en = fake_chat(default_language="en")
    zh = fake_chat()

    english = en.said(await en.say("amy", "/groupbuy Eggs 30 per kilogram"))
    chinese = zh.said(await zh.say("amy", "接龙 苹果 30/盘"))

    assert english.startswith("“30 per kilogram”: I don't know the unit “kilogram”. Units I know: kg, g,")
    assert english.endswith("Write it like: price 30 per box, or price 30 with no unit"), english
    assert chinese.startswith("“30/盘”里的单位“盘”我不认识。认识的单位：kg, g,"), chinese
    assert "tray" in english and "斤" in chinese
    assert en.said(await en.say("bob", "+1")).startswith("There is no open group buy"), "nothing was opened"


async def test_a_title_with_a_weight_and_no_price_still_asks_for_one() -> None:
    chat = fake_chat(default_language="en")

    said = chat.said(await chat.say("amy", "/groupbuy Mangoes 5kg"))

    assert said == "Add a price. Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm"
