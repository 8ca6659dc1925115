"""rep83 #2 / #3: Gus pasted the 粽子 card with `3. 帮赵奶奶 小盒 2` and was joined himself (`Gus 小盒 ×2`,
赵奶奶 nowhere); Sue pasted the Ice cream card with `2. Kim small 2` and was joined herself, so Kim's own
`+1 small` later counted Kim twice. `3. 帮赵奶奶 2` and `帮赵奶奶 2` typed alone got no reply. Now a
`帮赵奶奶` line is 赵奶奶's line (asked which option when it names none, as `帮赵奶奶报2份` is); a line for
someone else named on the card (`Kim small 2`, `Kim 2`) is said with the friend's join and her own,
nothing joined; another member's line is refused as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

WHICH_FOR_ZHAO = (
    "粽子（#1）帮 赵奶奶 要哪个规格？大盒 ¥20 / 小盒 ¥10 / 中盒 ¥15。跟团时带上规格，例如 +2 帮 赵奶奶"
)


async def _zongzi() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:20,小盒:10,中盒:15", name="Amy")
    await chat.say("bob", "+1 大盒", name="Bob")
    await chat.say("cat", "+2 小盒", name="Cat")
    return chat


async def _ice_cream() -> Chat:
    chat = fake_chat()
    await chat.say("ann", "/lang en", name="Ann")
    await chat.say("ann", "/groupbuy Ice cream options vanilla:5,chocolate:6,small:3 ends 3d", name="Ann")
    await chat.say("tom", "+1 vanilla", name="Tom")
    return chat


async def test_a_bang_line_on_the_card_is_the_friends_line() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("gus", f"{card}\n3. 帮赵奶奶 小盒 2", name="Gus"))

    assert said == "Gus 帮 赵奶奶 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥10/份。"
    assert (await chat.card()).endswith("2. Cat 小盒 ×2\n3. Gus 帮 赵奶奶 小盒 ×2")


async def test_a_count_alone_under_the_friends_line_is_said() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("gus", f"{card}\n3. 帮赵奶奶 小盒 2\n4. 3", name="Gus"))

    assert said == (
        "Gus 帮 赵奶奶 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥10/份。"
        "名单上有一行只写了数量（3），没写名字，没有加上（贴名单只加你自己的一行）："
        "是你自己要的话请发 +3；帮别人跟团请写上名字，例如 +3 帮 小王"
    )
    assert (await chat.card()).endswith("3. Gus 帮 赵奶奶 小盒 ×2")


async def test_a_bang_line_without_an_option_is_asked_which_for_the_friend() -> None:
    chat = await _zongzi()
    card = await chat.card()

    pasted = Chat.said(await chat.say("gus", f"{card}\n3. 帮赵奶奶 2", name="Gus"))
    typed = Chat.said(await chat.say("gus", "帮赵奶奶 2", name="Gus"))

    assert pasted == f"{WHICH_FOR_ZHAO} #1 中盒。"
    assert typed == f"{WHICH_FOR_ZHAO} 中盒。"
    assert await chat.card() == card


async def test_bang_with_a_count_typed_alone_joins_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="Amy")

    said = Chat.said(await chat.say("gus", "帮赵奶奶 2", name="Gus"))

    assert said.startswith("Gus 帮 赵奶奶 跟团：2 × 土鸡蛋（#1）。")
    assert (await chat.card()).endswith("1. Gus 帮 赵奶奶 ×2")


async def test_someone_elses_line_on_the_card_is_said_never_the_pasters() -> None:
    chat = await _ice_cream()
    card = await chat.card()

    sue = Chat.said(await chat.say("sue", f"{card}\n2. Kim small 2", name="Sue"))
    plain = Chat.said(await chat.say("sue", f"{card}\n2. Kim 2", name="Sue"))
    kim = Chat.said(await chat.say("kim", "+1 small", name="Kim"))

    assert sue == (
        "The list's last line, “Kim”, isn't yours: nothing was changed (a pasted list adds your own line "
        "only). To join for them, send +2 small for Kim; to join yourself, send +2 small."
    )
    assert plain == (
        "The list's last line, “Kim”, isn't yours: nothing was changed (a pasted list adds your own line "
        "only). To join for them, send +2 for Kim; to join yourself, send +2."
    )
    assert kim.startswith("Kim is in: 1 × Ice cream small (#1).")
    listed = await chat.card()
    assert listed.endswith("1. Tom vanilla ×1\n2. Kim small ×1") and "Sue" not in listed


async def test_a_for_line_on_the_card_is_the_friends_line() -> None:
    chat = await _ice_cream()
    card = await chat.card()

    said = Chat.said(await chat.say("sue", f"{card}\n2. for Kim small 2", name="Sue"))

    assert said == "Sue joined for Kim: 2 × Ice cream small (#1). Small: now ¥3 each."
    assert (await chat.card()).endswith("2. Sue for Kim small ×2")


async def test_someone_elses_line_in_chinese() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("sue", f"{card}\n3. Kim 小盒 2", name="Sue"))

    assert said == (
        "名单最后一行“Kim”不是你的，没有任何改动（贴名单只加你自己的一行）。"
        "要帮 TA 跟团，请发 +2 小盒 帮 Kim；要自己跟，请发 +2 小盒。"
    )
    assert await chat.card() == card


async def test_another_members_line_is_refused_as_before() -> None:
    chat = await _ice_cream()
    card = await chat.card()
    await chat.say("kim", "+1 small", name="Kim")

    said = Chat.said(await chat.say("sue", f"{card}\n2. Kim small 2", name="Sue"))

    assert said.startswith("“Kim” on that list is already in Ice cream (#1)")
    assert "Sue" not in await chat.card()


async def test_the_card_copied_back_unchanged_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="Amy")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("cat", "+2", name="Cat")
    card = await chat.card()

    copied = await chat.say("eve", card, name="Eve")
    kim = Chat.said(await chat.say("eve", f"{card}\n3. Kim 2", name="Eve"))

    assert copied == []
    assert kim == (
        "名单最后一行“Kim”不是你的，没有任何改动（贴名单只加你自己的一行）。"
        "要帮 TA 跟团，请发 +2 帮 Kim；要自己跟，请发 +2。"
    )
    assert await chat.card() == card
