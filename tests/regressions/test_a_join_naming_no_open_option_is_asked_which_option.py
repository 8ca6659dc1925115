"""`+1 咸粽` in a chat with Amy's 月饼 #1 (no options, Hal on it) and Bob's 粽子 #2 (肉粽, 甜粽) open
joined 月饼 with the note 咸粽; Fay, on the sold-out mango, sending `+1 中盒` beside 草莓 (大盒, 小盒) was
told the mango sold out. A word that reads as an option and names none of the open ones, while one of
them has options, is asked which option, listing the real ones; nothing changes. Real notes still
join the group buy named (with two open, a member on one is asked which)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _school() -> Chat:
    chat = fake_chat()
    chat.chat_id = "school"
    await chat.say("amy", "接龙 月饼 价格 30 截止 3d")
    await chat.say("bob", "接龙 粽子 规格 肉粽:10,甜粽:8 截止 3d")
    await chat.say("hal", "+1 #1")
    return chat


async def test_a_misnamed_option_is_asked_which_not_noted_on_another() -> None:
    chat = await _school()

    said = chat.said(await chat.say("hal", "+1 咸粽"))

    assert said == (
        "粽子（#2）没有“咸粽”这个规格，可选：肉粽 ¥10 / 甜粽 ¥8。跟团时带上规格，例如 +1 肉粽。没有任何改动。"
    )
    assert "咸粽" not in await chat.card(1) and "Hal" not in await chat.card(2)
    assert chat.said(await chat.say("hal", "+1 肉粽")).startswith("Hal 跟团：1 × 粽子 肉粽（#2）")


async def test_a_misnamed_option_is_not_taken_for_the_sold_out_one_she_is_on() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 库存 2 截止 3d")
    await chat.say("amy", "接龙 草莓 规格 大盒:50,小盒:30 截止 3d")
    await chat.say("fay", "+1 #1")
    await chat.say("bob", "+1 #1")

    said = chat.said(await chat.say("fay", "+1 中盒"))

    assert said == (
        "草莓（#2）没有“中盒”这个规格，可选：大盒 ¥50 / 小盒 ¥30。"
        "跟团时带上规格，例如 +1 大盒。没有任何改动。"
    )


async def test_real_notes_still_join_the_group_buy_named() -> None:
    chat = await _school()

    # Hal is on #1 and #2 is open too: a note alone does not say which (the answer lists both)
    asked = chat.said(await chat.say("hal", "+1 不要辣"))
    spicy = chat.said(await chat.say("hal", "+1 #1 不要辣"))
    building = chat.said(await chat.say("hal", "+1 #1 3号楼"))
    labelled = chat.said(await chat.say("hal", "+1 #1 备注：咸的"))

    assert asked.startswith("这个群里有 2 个团在接龙：#1 月饼（你已跟 1 份） · #2 粽子。这次没有加上")
    assert spicy.startswith("Hal 跟团：又加 1 份，现在共 2 × 月饼（#1）。备注：不要辣。")
    assert building.startswith("Hal 跟团：又加 1 份，现在共 3 × 月饼（#1）。备注：3号楼。")
    assert labelled.startswith("Hal 跟团：又加 1 份，现在共 4 × 月饼（#1）。备注：咸的。")


async def test_with_no_options_open_the_word_is_a_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 价格 30 截止 3d")
    await chat.say("bob", "接龙 汤圆 价格 10 截止 3d")
    await chat.say("hal", "+1 #1")

    said = chat.said(await chat.say("hal", "+1 #1 咸的"))

    assert said.startswith("Hal 跟团：又加 1 份，现在共 2 × 月饼（#1）。备注：咸的。")


async def test_in_english_a_misnamed_option_is_asked_which() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mooncakes price 30 ends 3d")
    await chat.say("bob", "/groupbuy Dumplings options pork:10,veggie:8 ends 3d")
    await chat.say("hal", "+1 #1")

    said = chat.said(await chat.say("hal", "+1 beef"))

    assert said == (
        "Dumplings (#2) has no option “beef”; its options: pork ¥10 / veggie ¥8. "
        "Send one with your join, e.g. +1 pork. Nothing was changed."
    )
