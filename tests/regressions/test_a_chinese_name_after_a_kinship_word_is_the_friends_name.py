"""`+1 for my sister 小美` was read as the sister's line with 小美 as its note: 小美 is her name, the line
小美's as `+1 帮小美` makes it, and `-1 for my sister 小美` takes it off; a size after a kinship word
(`for Mum 小盒`) and a filling (`for Mum 咸蛋黄`) stay what Mum wants."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_sisters_chinese_name_is_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 10")

    said = chat.said(await chat.say("quinn", "+1 for my sister 小美"))

    assert said == "Quinn joined for 小美: 1 × Mangoes (#1). Now ¥10 each."
    card = await chat.card()
    assert "Quinn for 小美 ×1" in card and "sister" not in card
    await chat.say("quinn", "-1 for my sister 小美")
    assert "小美" not in await chat.card()


async def test_after_a_kinship_word_an_option_is_still_what_mum_wants() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options 大盒:30,小盒:20 ends 3d")

    said = chat.said(await chat.say("quinn", "+1 for my mum 小盒"))

    assert said.startswith("Quinn joined for mum: 1 × Tea 小盒 (#1).")
