"""Session 18 (review finding 16): `+1 荔枝` on Lychees answered `Note: 荔枝.` and the card read
`2. Fay 1 kg · 荔枝`; `+1 芒果` on 海南金煌芒 5斤 stored 备注：芒果 (the card `Cat ×3 · 芒果`, `名单`, the
export to the supplier). The member named what she buys, not a note: a word naming the product by its
head or in the other language is no note, as a word of its title is not; among several open it names
the one meant. The count word in traditional characters is no note either (`+1 個`, as `+1 个`).
(The answer keeps the card's language, as `+1 3号楼` does: README, the chat command language.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_chinese_name_of_an_english_card_is_no_note() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 15/kg ends 3d")

    said = Chat.said(await chat.say("fay", "+1 荔枝"))

    assert said == "Fay is in: 1 kg of Lychees (#1). Now ¥15/kg."
    assert (await chat.card()).endswith("\n\n1. Fay 1 kg")


async def test_the_products_head_is_no_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南金煌芒 5斤 价格 88 截止 3d")
    await chat.say("cat", "+2")

    said = Chat.said(await chat.say("cat", "+1 芒果"))

    assert said == "Cat 跟团：又加 1 份，现在共 3 × 海南金煌芒 5斤（#1）。当前 ¥88/份。"
    assert (await chat.card()).endswith("\n\n1. Cat ×3")


async def test_among_several_it_names_the_one_meant() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 15/kg ends 3d")
    await chat.say("amy", "接龙 榴莲 价格 50 截止 3d")

    lychees = Chat.said(await chat.say("fay", "+1 荔枝"))
    durian = Chat.said(await chat.say("eve", "+1 durian"))

    assert lychees == "Fay is in: 1 kg of Lychees (#1). Now ¥15/kg."
    assert durian == "Eve 跟团：1 × 榴莲（#2）。当前 ¥50/份。"


async def test_a_kinship_word_then_other_words_is_the_kins_line_with_that_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 牛奶 价格 8 截止 3d")

    said = Chat.said(await chat.say("bob", "+1 奶奶 3号楼"))  # grandma's line with its note (s29 rep53 #7)

    assert said == "Bob 帮 奶奶 跟团：1 × 牛奶（#1）。备注：3号楼。当前 ¥8/份。"


async def test_a_kinship_word_ending_with_the_products_character_is_the_kins_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 牛奶 价格 8 截止 3d")

    said = Chat.said(await chat.say("bob", "+1 奶奶"))  # grandma's line (s29), never the product's name

    assert said == "Bob 帮 奶奶 跟团：1 × 牛奶（#1）。当前 ¥8/份。"


async def test_the_count_word_in_traditional_characters_is_no_note() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Honey 500g price 68 ends 3d")

    one = Chat.said(await chat.say("eve", "+1 個"))
    two = Chat.said(await chat.say("eve", "+2個"))

    assert one == "Eve is in: 1 × Honey 500g (#1). Now ¥68 each."
    assert two == "Eve is in: 2 more, now 3 × Honey 500g in all (#1). Now ¥68 each."


async def test_a_word_ask_reads_as_the_product_is_no_note_either() -> None:
    """Session 19: `+1 茶叶` on Longjing Tea kept `Note: 茶叶` while Ask read 茶叶 as tea (the join's rule
    took 果, 子, 肉 off a one-character name, Ask's also 叶): one rule now (ask_relevance.english_names)."""
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Longjing Tea price 68 ends 3d")

    said = Chat.said(await chat.say("bob", "+1 茶叶"))
    asked = Chat.said(await chat.say("bob", "问 茶叶多少钱"))

    assert said == "Bob is in: 1 × Longjing Tea (#1). Now ¥68 each."
    assert asked == "Longjing Tea（#1）：当前 ¥68/份。"
