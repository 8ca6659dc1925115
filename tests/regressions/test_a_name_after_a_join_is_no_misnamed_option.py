"""With a group buy with options open, `+1 小王` / `+1 Wang` (a name, as 接龙 lines are written) was told
"粽子 has no option 小王" beside a group buy without options, and asked which option dropping the name
where one with options is open alone. A word that resembles none of the options (in Chinese the kind
comes last: `咸粽` beside 肉粽 still does; in English a capitalised name) is a note, as where nothing has
options: never a misnamed option; a join naming no option of one that needs it is asked which, the
example keeping the note (`+1 酸的 小王`), the title no note (`+1 芒果`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_name_is_not_told_there_is_no_such_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 价格 30 截止 3d")
    await chat.say("bob", "接龙 粽子 规格 肉粽:10,甜粽:8 截止 3d")

    said = chat.said(await chat.say("hal", "+1 小王"))
    assert "规格" not in said, said
    assert said.startswith("这个群里有 2 个团在接龙"), said
    # a product nobody sells here is no option tried either (nor a note: wrong goods)
    said = chat.said(await chat.say("hal", "+1 芒果"))
    assert said.startswith("这里没有“芒果”的团。"), said
    assert chat.said(await chat.say("hal", "+1 咸粽")).startswith("粽子（#2）没有“咸粽”这个规格")


async def test_an_english_name_is_not_told_there_is_no_such_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mooncakes price 30 ends 3d")
    await chat.say("bob", "/groupbuy Dumplings options pork:10,veggie:8 ends 3d")

    said = chat.said(await chat.say("hal", "+1 Wang"))

    assert "option" not in said, said
    assert said.startswith("2 group buys are open here"), said


async def test_the_option_question_keeps_the_name_typed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 规格 甜的:58,酸的:40 截止 3d")

    named = chat.said(await chat.say("hal", "+1 小王"))
    titled = chat.said(await chat.say("hal", "+1 芒果"))

    assert named == (
        "芒果（#1）要哪个规格？甜的 ¥58 / 酸的 ¥40。跟团时带上规格，例如 +1 酸的 小王，或点对应的跟团按钮。"
    )
    assert (
        titled
        == "芒果（#1）要哪个规格？甜的 ¥58 / 酸的 ¥40。跟团时带上规格，例如 +1 酸的，或点对应的跟团按钮。"
    )
    assert chat.said(await chat.say("hal", "+1 酸的 小王")).startswith(
        "Hal 跟团：1 × 芒果 酸的（#1）。备注：小王。"
    )


async def test_in_english_the_option_question_keeps_the_name_typed() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")

    said = chat.said(await chat.say("hal", "+1 Wang"))

    assert said == (
        "Which option of Mangoes (#1)? sweet ¥58 / sour ¥40. "
        "Send it with your join, e.g. +1 sour Wang, or tap its Join button."
    )
