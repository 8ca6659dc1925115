"""Session 29's replay (rep53 #3): the which-option question's example came from the misspelling's
suggestion, so it could be the sold-out option (`+1 #4 vanila` beside vanilla 🈵: "e.g. +1 #4 vanilla",
refused as sold out when typed), and a Chinese typo of the sold-out 大盒 (`+1 #8 大和`) became a note on
the example ("例如 +1 #8 小盒 大和"). Now the example is the option still to be had, without the typo;
`大和`, a homophone of 大盒, reads as 大盒 mistyped, while a name beside it (`小王`) stays her note."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_misspelt_sold_out_option_in_english_gets_the_one_left_as_example() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Cookies options vanilla:12:3,choc:14 ends 3d")
    await chat.say("bob", "+3 vanilla")

    said = Chat.said(await chat.say("cat", "+1 #1 vanila"))

    assert said == (
        "Which option of Cookies (#1)? vanilla ¥12 🈵 / choc ¥14. "
        "Send it with your join, e.g. +1 #1 choc, or tap its Join button."
    )


async def test_a_chinese_homophone_of_a_sold_out_option_is_no_note_in_the_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:30:1,小盒:20 截止 3d")
    await chat.say("bob", "+1 大盒")

    typo = Chat.said(await chat.say("cat", "+1 #1 大和"))
    name = Chat.said(await chat.say("cat", "+1 #1 小王"))

    asked = "粽子（#1）要哪个规格？大盒 ¥30 🈵 / 小盒 ¥20。跟团时带上规格，"
    assert typo == asked + "例如 +1 #1 小盒，或点对应的跟团按钮。"
    assert name == asked + "例如 +1 #1 小盒 小王，或点对应的跟团按钮。"


async def test_a_chinese_homophone_of_an_option_still_to_be_had_is_suggested() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:30,小盒:20 截止 3d")

    said = Chat.said(await chat.say("cat", "+1 小和"))

    assert (
        said
        == "粽子（#1）要哪个规格？大盒 ¥30 / 小盒 ¥20。跟团时带上规格，例如 +1 小盒，或点对应的跟团按钮。"
    )
