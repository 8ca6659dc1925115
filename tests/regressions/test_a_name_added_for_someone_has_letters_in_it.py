"""Review 104 #13: `代报 #6 😀😀 1` was taken: the card read `2. 😀😀 ×1（Amy 代报）`, a line nobody
could match to a person at pickup. A name with no letter or character in it (emoji, punctuation) is
refused as a number is, nothing added; a name with an emoji beside its letters is still a name."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_emoji_name_is_refused_and_nothing_is_added() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 8 截止 明天 12:00")

    said = chat.said(await chat.say("amy", "代报 #1 😀😀 1"))

    assert said == (
        "“😀😀”里没有字，取货时认不出是谁的，没有任何改动。"
        "请先写名字再写份数：代报 王阿姨 2（或 代报 #1 王阿姨 2）。"
    )
    assert "😀" not in await chat.card()
    assert chat.said(await chat.say("amy", "代报 #1 王阿姨😀 1")).startswith(
        "Amy 代报：王阿姨😀 ×1 · 苹果（#1）"
    )


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Tea price 5")

    said = chat.said(await chat.say("ann", "/add #1 🙂 2"))

    assert said == (
        "“🙂” has no letters in it, so nobody could tell whose line it is at pickup: nothing was changed. "
        "Write the buyer's name, then how many: /add Aunt Wang 2 (or /add #1 Aunt Wang 2)."
    )
