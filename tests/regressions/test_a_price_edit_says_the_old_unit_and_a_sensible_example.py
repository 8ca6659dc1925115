"""Session 15 (fo, review fg 13, 21): on 苹果 ¥8/斤 with joins, `修改 #1 价格 30元/箱` was refused with the
example `修改 #1 价格 ¥30` (¥30/斤: a rise, refused next); on 草莓 ¥25/盒 that nobody joined,
`修改 #2 价格 20元/斤` told the group `改价：¥25/斤 → ¥20/斤，所有人按新价` (the old unit misstated, "所有人"
with nobody on it). The refusal's example converts a weight (`14元/公斤` is ¥7/斤) and otherwise reuses no
number typed in another unit; the news says the old price in its own unit, "所有人按新价" only once people
joined."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_new_unit_refused_gives_an_example_meaning_what_was_typed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 8元/斤 成团 20")
    await chat.say("bob", "+2")
    before = await chat.card()

    box = chat.said(await chat.say("amy", "修改 #1 价格 30元/箱"))
    kilo = chat.said(await chat.say("amy", "修改 #1 价格 14元/公斤"))
    en = chat.said(await chat.say("amy", "/edit #1 price 14/kg"))

    assert box == (
        "苹果（#1）已经有人跟团了，大家的数量是按原来的单位算的，现在不能改单位。没有任何改动。"
        "只改价格就按原来的单位算、不写单位（现在 ¥8/斤）。"
    )
    assert kilo == (
        "苹果（#1）已经有人跟团了，大家的数量是按原来的单位算的，现在不能改单位。没有任何改动。"
        "¥14/kg 就是每斤 ¥7，只改价格就不写单位，例如：修改 #1 价格 ¥7"
    )
    assert en.endswith(  # its unit in English (session 21, review 22: "per 斤" before)
        "¥14/kg is ¥7 per jin: to change only the price, leave the unit out, e.g. /edit #1 price ¥7"
    )
    assert await chat.card() == before


async def test_the_news_says_the_old_unit_and_everyone_only_once_joined() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 25元每盒")

    nobody = chat.said(await chat.say("amy", "修改 #1 价格 20元/斤"))
    await chat.say("bob", "+2")
    joined = chat.said(await chat.say("amy", "修改 #1 价格 18"))

    assert nobody == "已修改 草莓（#1）：价格 ¥20/斤。\n改价：¥25/盒 → ¥20/斤"
    assert joined == "已修改 草莓（#1）：价格 ¥18/斤。\n改价：¥20/斤 → ¥18/斤，所有人按新价"
