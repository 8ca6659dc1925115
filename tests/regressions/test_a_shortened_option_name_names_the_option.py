"""In 粽子 (甜的 / 咸的 / 蛋黄肉), `+1 咸` was answered with the option question and the example
`+1 蛋黄肉 咸` (咸 kept as a note), as were `+1 甜` and `+1 蛋黄`; with 咸鸭蛋 open too, `+1 甜` was asked
which group buy though only 粽子 has 甜…. A word that begins only one option's name (the option with 的
dropped, a shortened name) now names it; beginning several, it is still asked which."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_shortened_option_joins_it() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 粽子 规格 甜的:8,咸的:9,蛋黄肉:12 截止 3d")

    salty = chat.said(await chat.say("bob", "+1 咸"))
    yolk = chat.said(await chat.say("cat", "+1 蛋黄 3号楼"))
    slash = chat.said(await chat.say("dan", "/join 甜"))

    assert salty.startswith("Bob 跟团：1 × 粽子 咸的（#1）")
    assert yolk.startswith("Cat 跟团：1 × 粽子 蛋黄肉（#1）。备注：3号楼")
    assert slash.startswith("Dan 跟团：1 × 粽子 甜的（#1）")
    assert (await chat.card(1)).endswith("1. Bob 咸的 ×1\n2. Cat 蛋黄肉 ×1 · 3号楼\n3. Dan 甜的 ×1")


async def test_the_only_group_buy_with_the_option_is_meant() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("ken", "接龙 咸鸭蛋 价格 20 截止 3d")
    await chat.say("amy", "接龙 粽子 规格 甜的:8,咸的:9,蛋黄肉:12 截止 3d")

    said = chat.said(await chat.say("bob", "+1 甜"))

    assert said.startswith("Bob 跟团：1 × 粽子 甜的（#2）")
    assert "Bob" not in await chat.card(1)


async def test_in_english_a_unique_start_names_the_option_and_a_shared_one_asks() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Tea options large:8,lemon:9,small:5 ends 3d")

    small = chat.said(await chat.say("bob", "+1 sma"))
    shared = chat.said(await chat.say("cat", "+1 la"))

    assert small.startswith("Bob is in: 1 × Tea small (#1)")
    assert shared.startswith("Which option of Tea (#1)?")  # `la`: too short a start, asked
    assert "Cat" not in await chat.card(1)


async def test_a_start_several_options_share_is_asked_which() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 月饼 规格 豆沙:8,豆蓉:9,五仁:7 截止 3d")

    said = chat.said(await chat.say("bob", "+1 豆"))

    assert said.startswith("月饼（#1）要哪个规格？")
    assert "Bob" not in await chat.card(1)
