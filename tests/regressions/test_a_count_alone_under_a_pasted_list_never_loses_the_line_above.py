"""rep83 #1 / #3: Ivy pasted the 粽子 card with `3. Ivy 大盒 1` and a line `2` under it: nothing was
said and her line was lost (the card's list had to end the text). Jon's `3. Jon 中盒 1⏎4. 2` and, in
English, Lou's `3. Lou chocolate 2⏎2` were lost alike; Hal's card ending `3. 2` (a count, no name) got no
reply at all. Now her line joins and the count alone under it is said (the count-only rule of a pasted
接龙 list), and a last line of a count alone is her line of that count (asked which option)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

NAMELESS_ZH = (
    "名单上有一行只写了数量（2），没写名字，没有加上（贴名单只加你自己的一行）："
    "是你自己要的话请发 +2；帮别人跟团请写上名字，例如 +2 帮 小王"
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


async def test_her_line_above_a_count_alone_joins_and_the_count_is_said() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("ivy", f"{card}\n3. Ivy 大盒 1\n2", name="Ivy"))

    assert said == f"Ivy 跟团：1 × 粽子 大盒（#1）。大盒 现价 ¥20/份。{NAMELESS_ZH}"
    assert (await chat.card()).endswith("2. Cat 小盒 ×2\n3. Ivy 大盒 ×1")


async def test_a_numbered_count_alone_under_her_line_is_said_too() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("jon", f"{card}\n3. Jon 中盒 1\n4. 2", name="Jon"))

    assert said == f"Jon 跟团：1 × 粽子 中盒（#1）。中盒 现价 ¥15/份。{NAMELESS_ZH}"
    assert (await chat.card()).endswith("3. Jon 中盒 ×1")


async def test_a_jielong_list_with_a_count_alone_under_it_says_the_count() -> None:
    chat = await _zongzi()
    pasted = "#接龙 粽子\n1. Bob 大盒 1\n2. Cat 小盒 2\n3. Ivy 大盒 1\n2"

    said = Chat.said(await chat.say("ivy", pasted, name="Ivy"))

    assert said == f"Ivy 跟团：1 × 粽子 大盒（#1）。大盒 现价 ¥20/份。{NAMELESS_ZH}"


async def test_a_last_line_of_a_count_alone_is_her_line_of_that_count() -> None:
    chat = await _zongzi()
    card = await chat.card()

    said = Chat.said(await chat.say("hal", f"{card}\n3. 2", name="Hal"))

    assert said == (
        "粽子（#1）要哪个规格？大盒 ¥20 / 小盒 ¥10 / 中盒 ¥15。"
        "跟团时带上规格，例如 +2 #1 中盒，或点对应的跟团按钮。"
    )
    assert await chat.card() == card


async def test_in_english() -> None:
    chat = await _ice_cream()
    card = await chat.card()

    lou = Chat.said(await chat.say("lou", f"{card}\n2. Lou chocolate 2\n2", name="Lou"))
    hal = Chat.said(await chat.say("hal", f"{card}\n2. 2", name="Hal"))

    assert lou == (
        "Lou is in: 2 × Ice cream chocolate (#1). Chocolate: now ¥6 each. "
        "A line on the list gives a count (2) but no name, so it was not added "
        "(a pasted list adds your own line only): if it is yours, send +2; "
        "to join for someone, add their name, e.g. +2 for Amy"
    )
    assert hal == (
        "Which option of Ice cream (#1)? vanilla ¥5 / chocolate ¥6 / small ¥3. Send it with your join, "
        "e.g. +2 #1 small, or tap its Join button."
    )
    assert (await chat.card()).endswith("1. Tom vanilla ×1\n2. Lou chocolate ×2")
