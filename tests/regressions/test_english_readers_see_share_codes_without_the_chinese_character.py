"""rep26 finding 10: an English note card said "Want it? Tap Join, or send +1 团2-XRXF" and `/share` in
English "Your share code … 团2-XRXF … No 团 on the keyboard? 2-XRXF works too": an English reader cannot
type 团. English texts show the code without it (`+1 2-XRXF`); Chinese keeps `团2-XRXF`; both forms
keep working as input."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_english_share_and_note_card_show_the_code_without_the_chinese_character() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    shared = room.shared(await room.say("bob", "/share"))
    found = re.search(r"(?<![\w-])1-([A-Z0-9]{4})", shared)
    assert found is not None, shared
    plain = found.group(0)
    assert "团" not in shared, shared
    assert f"Friends send {plain} to see it, or +1 {plain} to join" in shared, shared

    await room.say("cat", "+1")
    await room.say("bob", "/note #1 super sweet lychees")
    card = (await room.app.render_card(-1)).text
    assert f"+1 {plain}" in card and "团" not in card, card

    noted = room.said(await room.say("cat", "/sharenote 1", private=True))
    assert "团" not in noted and "+1 1-" in noted, noted

    # both forms are still read as the code
    assert room.said(await room.say("kim", f"+1 {plain}", private=True)).startswith("You're in: 1 × Lychees")
    assert room.said(await room.say("lee", f"+1 团{plain}", private=True)).startswith(
        "You're in: 1 × Lychees"
    )


async def test_an_unknown_code_is_quoted_back_as_typed_for_the_language() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    english = room.said(await room.say("kim", "/join 1-ZZZZ", private=True))
    assert "1-ZZZZ" in english and "团" not in english, english


async def test_chinese_share_and_note_card_keep_the_chinese_character() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 成团 5")
    shared = room.shared(await room.say("bob", "分享"))
    found = re.search(r"团1-([A-Z0-9]{4})", shared)
    assert found is not None, shared
    await room.say("bob", "种草 #1 荔枝很甜")
    card = (await room.app.render_card(-1)).text
    assert f"+1 {found.group(0)}" in card, card
