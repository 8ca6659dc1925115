"""rep81 #3: a pasted 接龙 line `3. Eve 大盒 2` on a group buy with options 大盒 / 小盒 joined 1 and kept
"2" as a note (card `Eve 大盒 ×1 · 2`); `3. Ada 豆沙2份` was asked which option with the nonsense example
`+1 咸蛋黄 豆沙2份`. A line `name option count` (`2份`, `x2`, glued or apart; `name count option` as
before) is that many of that option; an option misnamed (`中盒 2`, `大和 2`) is asked about with an
example that works (`+2 小盒`), nothing joined."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

LIST = "#接龙 粽子\n1. Bob 大盒 1\n2. Cat 小盒 2\n"


async def _zongzi() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:38", name="Amy")
    await chat.say("bob", "+1 大盒", name="Bob")
    await chat.say("cat", "+2 小盒", name="Cat")
    return chat


async def test_name_option_count_joins_that_many_of_the_option() -> None:
    chat = await _zongzi()

    said = Chat.said(await chat.say("eve", LIST + "3. Eve 大盒 2", name="Eve"))

    assert said == "Eve 跟团：2 × 粽子 大盒（#1）。大盒 现价 ¥68/份。"
    assert (await chat.card()).endswith("1. Bob 大盒 ×1\n2. Cat 小盒 ×2\n3. Eve 大盒 ×2")


async def test_the_count_glued_or_with_its_word_or_before_the_option_alike() -> None:
    chat = await _zongzi()

    glued = Chat.said(await chat.say("dan", LIST + "3. Dan 小盒2份", name="Dan"))
    worded = Chat.said(await chat.say("eve", LIST + "3. Eve 大盒 2份", name="Eve"))
    times = Chat.said(await chat.say("fay", LIST + "3. Fay 小盒 x2", name="Fay"))
    before = Chat.said(await chat.say("gus", LIST + "3. Gus 2 大盒", name="Gus"))

    assert glued == "Dan 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥38/份。"
    assert worded == "Eve 跟团：2 × 粽子 大盒（#1）。大盒 现价 ¥68/份。"
    assert times == "Fay 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥38/份。"
    assert before == "Gus 跟团：2 × 粽子 大盒（#1）。大盒 现价 ¥68/份。"
    card = await chat.card()
    assert "Dan 小盒 ×2\n" in card and "Eve 大盒 ×2\n" in card and "Fay 小盒 ×2\n" in card
    assert card.endswith("Gus 大盒 ×2") and "· 2" not in card


async def test_the_line_pasted_again_adds_nothing() -> None:
    chat = await _zongzi()
    await chat.say("eve", LIST + "3. Eve 大盒 2", name="Eve")

    said = Chat.said(await chat.say("eve", LIST + "3. Eve 大盒 2", name="Eve"))

    assert said == (
        "你已经在名单上了：粽子 大盒（#1）×2。要多加请发 +1 大盒，"
        "要改数量请发 大盒改成N份（N 是你要的数量）。"
    )


async def test_a_misnamed_option_is_asked_about_with_an_example_that_works() -> None:
    chat = await _zongzi()
    before = await chat.card()

    unknown = Chat.said(await chat.say("zed", LIST + "3. Zed 中盒 2", name="Zed"))
    typo = Chat.said(await chat.say("yan", LIST + "3. Yan 大和 2", name="Yan"))

    assert unknown == (
        "粽子（#1）没有“中盒”这个规格，可选：大盒 ¥68 / 小盒 ¥38。"
        "跟团时带上规格，例如 +2 小盒。没有任何改动。"
    )
    assert typo == (
        "粽子（#1）要哪个规格？大盒 ¥68 / 小盒 ¥38。跟团时带上规格，例如 +2 大盒，或点对应的跟团按钮。"
    )
    assert await chat.card() == before


async def test_qingtuan_as_the_review_pasted_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 青团 规格 豆沙:30,咸蛋黄:36", name="Amy")
    await chat.say("bob", "+1 豆沙", name="Bob")

    zoe = Chat.said(await chat.say("zoe", "#接龙 青团\n1. Bob 豆沙 1\n2. Zoe 咸蛋黄 2", name="Zoe"))
    ada = Chat.said(
        await chat.say("ada", "#接龙 青团\n1. Bob 豆沙 1\n2. Zoe 咸蛋黄 2\n3. Ada 豆沙2份", name="Ada")
    )

    assert zoe == "Zoe 跟团：2 × 青团 咸蛋黄（#1）。咸蛋黄 现价 ¥36/份。"
    assert ada == "Ada 跟团：2 × 青团 豆沙（#1）。豆沙 现价 ¥30/份。"
    assert (await chat.card()).endswith("1. Bob 豆沙 ×1\n2. Zoe 咸蛋黄 ×2\n3. Ada 豆沙 ×2")


async def test_in_english_the_cards_list_pasted_back() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Dumplings options large:68,small:38", name="Amy")
    await chat.say("bob", "+1 large", name="Bob")

    tom = Chat.said(await chat.say("tom", "1. Bob large ×1\n2. Tom small 2", name="Tom"))
    kim = Chat.said(await chat.say("kim", "1. Bob large ×1\n2. Tom small ×2\n3. Kim small2", name="Kim"))

    assert tom == "Tom is in: 2 × Dumplings small (#1). Small: now ¥38 each."
    assert kim == "Kim is in: 2 × Dumplings small (#1). Small: now ¥38 each."
    assert (await chat.card()).endswith("1. Bob large ×1\n2. Tom small ×2\n3. Kim small ×2")


async def test_a_friends_line_below_hers_is_hinted_with_its_option() -> None:
    chat = await _zongzi()

    said = Chat.said(await chat.say("eve", LIST + "3. Eve 大盒 2\n4. 帮赵奶奶 小盒 2", name="Eve"))

    assert said == (
        "Eve 跟团：2 × 粽子 大盒（#1）。大盒 现价 ¥68/份。"
        "名单上的“赵奶奶”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +2 帮 赵奶奶 小盒"
    )
