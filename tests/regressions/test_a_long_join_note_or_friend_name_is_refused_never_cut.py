"""Review (round 50, #8): a 4,000-character `+1` note was stored as its first 60 characters, and 300 emoji
as a friend's name as 32, with no notice either time. Both are now refused with the limit and the length
typed, nothing joined; a note or a name within the limit is kept whole."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_long_join_note_or_friend_name_is_refused_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 2")

    note = Chat.said(await chat.say("bob", "+1 " + "啊" * 4000))
    friend = Chat.said(await chat.say("bob", "+1 帮 " + "🍎" * 300))

    assert note == "跟团的备注最多 60 个字，你的有 4000 个字，没有任何改动。请写短一点再发，例如：+1 3号楼502"
    assert friend == (
        "帮朋友跟团时，名字最多 32 个字，你写的有 300 个字，没有任何改动。请写短一点再发，例如：+1 帮 小王"
    )
    assert "Bob" not in await chat.card()  # nothing joined
    whole = "3号楼502 " + "大" * 50  # 57 characters: kept whole
    assert f"备注：{whole}。" in Chat.said(await chat.say("bob", f"+1 {whole}"))


async def test_a_long_join_note_or_friend_name_is_refused_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88 target 2")

    note = Chat.said(await chat.say("bob", "+1 " + "gate 3 " * 600))
    friend = Chat.said(await chat.say("bob", "+1 for " + "🍎" * 300))

    assert note == (
        "A note on a join is at most 60 characters; yours has 4,199. Nothing was changed: send it again "
        "with a shorter note, e.g. +1 Gate 3 flat 502."
    )
    assert friend == (
        "A friend's name on a join is at most 32 characters; yours has 300. Nothing was changed: send it "
        "again with a shorter name, e.g. +1 for Wang."
    )
    assert "Bob" not in await chat.card()
