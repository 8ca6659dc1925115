"""Session 15 (fr, from fp's review): with 烟台苹果 ¥10 (per 份), 苹果 ¥8/斤 and 烟台苹果 大果 ¥12 open,
`+2斤` went to 苹果 but `+1kg` asked which, suggesting `+1 kg #1` and `+1 kg #3`: group buys sold by
the 份 that refuse it. A weight now goes to the only one sold by a weight (converted: 1 kg = 2斤); with
two such, the question's examples name only those two."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _apples(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 烟台苹果 价格 10 截止 3d")
        await chat.say("amy", "接龙 苹果 价格 8元/斤 截止 3d")
        await chat.say("amy", "接龙 烟台苹果 大果 价格 12 截止 3d")
    else:
        await chat.say("amy", "/groupbuy Apples price 10 ends 3d")
        await chat.say("amy", "/groupbuy Pears price 8/kg ends 3d")
        await chat.say("amy", "/groupbuy Big apples price 12 ends 3d")
    return chat


async def test_in_chinese_a_kg_join_goes_to_the_only_one_sold_by_weight() -> None:
    chat = await _apples("zh")

    joined = chat.said(await chat.say("ivy", "+1kg", name="Ivy"))

    assert joined.startswith("Ivy 跟团：2斤 苹果（#2）。1 kg = 2斤。"), joined
    assert (await chat.card(2)).endswith("\n\n1. Ivy 2斤")


async def test_in_english_a_gram_join_goes_to_the_only_one_sold_by_weight() -> None:
    chat = await _apples("en")

    joined = chat.said(await chat.say("ivy", "+2000g", name="Ivy"))

    assert joined.startswith("Ivy is in: 2 kg of Pears (#2)."), joined
    assert (await chat.card(2)).endswith("\n\n1. Ivy 2 kg")


async def test_the_question_for_a_weight_suggests_only_those_sold_by_weight() -> None:
    chat = await _apples("zh")
    await chat.say("amy", "接龙 梨 价格 6元/斤 截止 3d")

    asked = chat.said(await chat.say("kim", "+1kg", name="Kim"))

    assert asked.endswith("请带上编号：苹果发 +2斤 #2，梨发 +2斤 #4（也可以直接回复编号或名称）。"), asked
    assert "#1 烟台苹果 · #2 苹果 · #3 烟台苹果 大果 · #4 梨" in asked
    assert "kg #1" not in asked and "kg #3" not in asked
    assert "Kim" not in await chat.card(2) and "Kim" not in await chat.card(4)  # nothing added
