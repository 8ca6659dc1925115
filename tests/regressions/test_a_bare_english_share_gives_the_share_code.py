"""Bob typed `share` (no slash) under Amy's open group buy and the bot stayed silent, while `分享` gave
his share code. The bare English word now works as its Chinese twin: `share`, `Share #1`, `share note 1`
(a note's share), in a group or in private; a sentence that only contains the word
(`share this with friends`, `share?`) stays chatter."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_english_share_gives_the_share_code() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 5斤 78 成团 2")
    await room.say("bob", "+1")
    chinese = room.shared(await room.say("bob", "分享"))
    code = re.search(r"团1-\w{4}", chinese)
    assert code is not None, chinese
    for typed in ("share", "Share", "share #1", "share 1", "share!"):  # no English but the word: the chat's
        assert room.shared(await room.say("bob", typed)) == chinese, typed
    english = room.shared(await room.say("bob", "share", language="en"))  # his app in English: his
    plain = code.group(0).removeprefix("团")  # English shows the code without 团
    assert english == (
        f"Your share code for 芒果 5斤 (#1): {plain}\n"
        f"Friends send {plain} to see it, or +1 {plain} to join "
        "(here or in a private chat with the bot).\n芒果 5斤 (#1) pays sharers no commission: friends who "
        "join with your link or code earn you nothing, unless its organiser sets a rate (its card then "
        "says 💰 Share and earn)."
    )
    assert room.said(await room.say("bob", "share note 1")) == "There is no note #1 in this chat."
    for talk in ("share this with friends", "share?", "shared it already", "share the link pls"):
        assert await room.say("bob", talk) == [], talk


async def test_a_bare_english_share_in_private_lists_the_open_group_buys() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 5斤 78 成团 2")
    await room.say("bob", "+1")
    listed = room.said(await room.say("bob", "share", private=True))
    assert "芒果" in listed and re.search(r"(?<!团)1-\w{4}", listed), listed
