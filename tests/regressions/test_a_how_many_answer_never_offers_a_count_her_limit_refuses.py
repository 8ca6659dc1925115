"""rep92 #10: `I'll take 5` from Kim holding 2 of a `limit 4` was offered `make it 5` and `+5`, both refused;
`I'll take 4` was offered `+4` (6 in all); `make it 5` was refused with "you may take 2 more", not the most
she can make it; and the over-limit hint of a group buy with options said a bare `+3`, which only brings
the question which option. Now only what her limit lets through is offered, the refusal says `make it 4`,
and the hint names the option (`最多发 +3 小盒`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _kim_holds_2() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya jars price 8 limit 4 ends tomorrow 20:00")
    await chat.say("kim", "+2")
    return chat


@pytest.mark.parametrize("typed", ["I'll take 5", "make it 5"])
async def test_over_the_limit_she_is_told_the_most_she_can_make_it(typed: str) -> None:
    chat = await _kim_holds_2()

    assert chat.said(await chat.say("kim", typed)) == (
        "Sorry, Kaya jars is limited to 4 per person and you have 2: the most you can make it is 4, "
        "send make it 4. Nothing was changed."
    )
    assert "Kim ×2" in await chat.card()


async def test_a_count_she_may_set_but_not_add_offers_the_set_to_only() -> None:
    chat = await _kim_holds_2()

    assert chat.said(await chat.say("kim", "I'll take 4")) == (
        "You're in for 2 units: to make it 4 units, send make it 4 (adding 4 units more would pass the "
        "per-person limit). Nothing changed."
    )
    said = chat.said(await chat.say("kim", "make it 4"))
    assert said == "Kim is in: 2 more, now 4 × Kaya jars in all (#1). Now ¥8 each."


async def test_the_same_count_again_offers_only_what_is_left_to_add() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya jars price 8 limit 4 ends tomorrow 20:00")
    await chat.say("kim", "+3")

    said = chat.said(await chat.say("kim", "I'll take 3"))

    assert said == "You're already in for 3 units; to add more, send +1. Nothing changed."


async def test_in_chinese_the_most_she_can_make_it_is_said() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 土鸡蛋 45元/盒 限购 3 库存 10 截止 明晚8点", name="李姐")
    await chat.say("mei", "+1", name="小美")

    assert chat.said(await chat.say("mei", "改成5盒", name="小美")) == (
        "抱歉，土鸡蛋 每人限购 3盒，你已经有 1盒了，最多只能改成 3，请发 改成3盒，没有任何改动。"
    )
    assert chat.said(await chat.say("mei", "给我来三盒", name="小美")) == (
        "你已跟团 1盒：要改成 3盒 就发 改成3盒（再加 3盒会超过每人限购）。这次没有改动。"
    )


@pytest.mark.parametrize("typed", ["+5 小盒", "#接龙 粽子\n1. 小白 小盒1\n2. 阿强 小盒5"])
async def test_the_over_limit_hint_names_the_option(typed: str) -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 粽子 规格 大盒:68:5,小盒:38 成团 3 限购 3 截止 明晚8点", name="李姐")
    await chat.say("bai", "+1 小盒", name="小白")

    said = chat.said(await chat.say("qiang", typed, name="阿强"))

    assert said == "抱歉，粽子 小盒 每人限购 3 份，最多发 +3 小盒，没有任何改动。"
