"""With 苹果 (#1) and 烟台苹果 (#2) open, `+1 苹果` was asked which one, with examples like
`东北大米发 +1 #3 苹果` (a note 苹果 on the rice): the title typed exactly now wins, as it does when
answering the question which group buy (fg review, finding 6). A word in both titles still asks."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_join_naming_a_title_exactly_joins_it_beside_a_look_alike() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 苹果 价格 8")
    await chat.say("amy", "接龙 烟台苹果 价格 10")
    await chat.say("amy", "接龙 东北大米 价格 60")

    said = chat.said(await chat.say("bob", "+1 苹果"))

    assert said.startswith("Bob 跟团：1 × 苹果（#1）"), said
    assert (await chat.card(1)).endswith("1. Bob ×1")
    said = chat.said(await chat.say("cat", "+1 烟台苹果"))
    assert said.startswith("Cat 跟团：1 × 烟台苹果（#2）"), said


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Apples price 8")
    await chat.say("amy", "/groupbuy Apple pie price 10")

    said = chat.said(await chat.say("bob", "+1 apples"))

    assert said.startswith("Bob is in: 1 × Apples (#1)"), said
