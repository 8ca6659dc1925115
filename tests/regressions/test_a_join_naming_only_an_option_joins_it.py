"""`/join sweet` (an option named, no group buy's number) was answered with the /join usage forms, while
`+1 sweet` and `/join #1 sweet` joined. It now joins that option of the one open group buy that has it
(`/join sweet 2`: two; `/join 甜的` in Chinese); a word that is no option open here is told the options
there are, nothing changed; with no options open, the join forms as before. Two open with that option:
which one, as for `+1 肉粽`."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_slash_join_naming_an_option_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")

    assert chat.said(await chat.say("dan", "/join sweet")).startswith("Dan is in: 1 × Mangoes sweet (#1).")
    assert chat.said(await chat.say("dan", "/join sweet 2")).startswith(
        "Dan is in: 2 more, now 3 × Mangoes sweet in all (#1)."
    )
    assert "Dan sweet ×3" in await chat.card(1)


async def test_a_slash_join_naming_no_option_says_which_there_are() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")

    said = chat.said(await chat.say("dan", "/join abc"))

    assert said == (
        "Mangoes (#1) has no option “abc”; its options: sweet ¥58 / sour ¥40. "
        "Send one with your join, e.g. +1 sweet. Nothing was changed."
    )
    assert "Dan" not in await chat.card(1)


async def test_without_options_a_slash_join_of_a_word_gets_the_join_forms() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mooncakes price 30 ends 3d")

    said = chat.said(await chat.say("dan", "/join abc"))

    assert said == "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"


async def test_in_chinese_the_option_named_is_joined() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 规格 甜的:58,酸的:40 截止 3d")

    # `/join` with Chinese after it tells no language: the chat's (a Chinese card) answers
    assert chat.said(await chat.say("dan", "/join 甜的")).startswith("Dan 跟团：1 × 芒果 甜的（#1）。")
    assert chat.said(await chat.say("eve", "跟团 酸的 2")).startswith("Eve 跟团：2 × 芒果 酸的（#1）")
    assert await chat.say("fay", "跟团 小王") == []  # no option's name: talk, as `我要 小王`


async def test_among_several_open_the_one_with_the_option_is_joined() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 价格 30 截止 3d")
    await chat.say("bob", "接龙 粽子 规格 肉粽:10,甜粽:8 截止 3d")

    assert chat.said(await chat.say("dan", "/join 甜粽 2")).startswith("Dan 跟团：2 × 粽子 甜粽（#2）。")
    assert chat.said(await chat.say("dan", "/join 咸粽")) == (
        "粽子（#2）没有“咸粽”这个规格，可选：肉粽 ¥10 / 甜粽 ¥8。跟团时带上规格，例如 +1 肉粽。没有任何改动。"
    )


async def test_two_open_with_the_option_are_asked_which() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 粽子 规格 肉粽:10,甜粽:8 截止 3d")
    await chat.say("cat", "接龙 汤圆 规格 肉粽:10,芝麻:8 截止 3d")

    said = chat.said(await chat.say("dan", "/join 肉粽"))

    assert said.startswith("这个群里有 2 个团在接龙：#1 粽子 · #2 汤圆。")
    assert "Dan" not in await chat.card(1) and "Dan" not in await chat.card(2)
