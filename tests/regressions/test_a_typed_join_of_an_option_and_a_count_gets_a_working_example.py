"""s37: `+1 中盒 2`, `+1 大和 2`, `+1 小盒2份` beside 大盒 / 小盒 were asked which option with a nonsense
example (`例如 +1 小盒 中盒 2`, `例如 +1 小盒 小盒2份`). `+1 小盒2份` is 2 of 小盒; an option that is not
there says so with a working example that keeps her 2; a misspelt one is asked which, her 2 kept. In English,
`+1 medium` beside small / large says there is no "medium" and lists the options."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:38", name="Amy")

    unknown = Chat.said(await chat.say("eve", "+1 中盒 2", name="Eve"))
    misspelt = Chat.said(await chat.say("eve", "+1 大和 2", name="Eve"))
    assert "Eve" not in await chat.card(1)
    glued = Chat.said(await chat.say("eve", "+1 小盒2份", name="Eve"))

    assert unknown == (
        "粽子（#1）没有“中盒”这个规格，可选：大盒 ¥68 / 小盒 ¥38。"
        "跟团时带上规格，例如 +2 小盒。没有任何改动。"
    )
    assert misspelt == (
        "粽子（#1）要哪个规格？大盒 ¥68 / 小盒 ¥38。跟团时带上规格，例如 +2 大盒，或点对应的跟团按钮。"
    )
    assert glued == "Eve 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥38/份。"
    assert "Eve 小盒 ×2" in await chat.card(1)


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options small:10,large:15 ends 1h")

    medium = Chat.said(await chat.say("eve", "+1 medium"))
    medium_two = Chat.said(await chat.say("eve", "+1 medium 2"))
    misspelt = Chat.said(await chat.say("eve", "+1 lareg 2"))
    assert "Eve" not in await chat.card(1)
    glued = Chat.said(await chat.say("eve", "+1 small2"))

    assert medium == (
        "Tea (#1) has no option “medium”; its options: small ¥10 / large ¥15. Send one with your join, "
        "e.g. +1 large. Nothing was changed."
    )
    assert medium_two == (
        "Tea (#1) has no option “medium”; its options: small ¥10 / large ¥15. Send one with your join, "
        "e.g. +2 large. Nothing was changed."
    )
    assert misspelt == (
        "Which option of Tea (#1)? small ¥10 / large ¥15. Send it with your join, e.g. +2 large, "
        "or tap its Join button."
    )
    assert glued == "Eve is in: 2 × Tea small (#1). Small: now ¥10 each."


async def test_a_name_and_a_count_stay_the_note_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:38", name="Amy")

    said = Chat.said(await chat.say("eve", "+1 小王 2", name="Eve"))

    assert said == (
        "粽子（#1）要哪个规格？大盒 ¥68 / 小盒 ¥38。跟团时带上规格，例如 +1 小盒 小王 2，或点对应的跟团按钮。"
    )


async def test_beside_another_open_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:38", name="Amy")
    await chat.say("amy", "接龙 青团 价格 5", name="Amy")

    unknown = Chat.said(await chat.say("eve", "+1 中盒 2", name="Eve"))
    glued = Chat.said(await chat.say("eve", "+1 小盒2份", name="Eve"))

    assert unknown == (
        "粽子（#1）没有“中盒”这个规格，可选：大盒 ¥68 / 小盒 ¥38。"
        "跟团时带上规格，例如 +2 大盒。没有任何改动。"
    )
    assert glued == "Eve 跟团：2 × 粽子 小盒（#1）。小盒 现价 ¥38/份。"
    assert "Eve" not in await chat.card(2)
