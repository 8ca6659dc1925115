"""`+2 for 3 days` put down a friend named "3" (with the note "days"), and `+2 帮 3` joined with the note
"帮 3": a number where a friend's name goes names nobody. Now such a join changes nothing and is told how
to name a friend (and how to join for herself); `+2 帮 小王` and `+1 for 2pm` stay as they were."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = "“3”不是朋友的名字（数字不是名字），没有任何改动。帮朋友跟团请写上名字，例如 +2 帮 小王；自己跟就发 +2。"


async def test_a_number_after_for_or_bang_is_no_friend_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 10 截止 3d")

    assert Chat.said(await chat.say("bob", "+2 帮 3")) == ZH
    assert Chat.said(await chat.say("bob", "+2 帮3")) == ZH
    assert Chat.said(await chat.say("bob", "+2 for 3 days")) == ZH
    assert "Bob" not in await chat.card()  # nothing joined
    assert Chat.said(await chat.say("bob", "+2 帮 小王")) == "Bob 帮 小王 跟团：2 × 梨（#1）。当前 ¥10/份。"


async def test_a_number_after_for_is_no_friend_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Pears 10 each ends 3d")

    said = Chat.said(await chat.say("bob", "+2 for 3 days"))
    words = Chat.said(await chat.say("bob", "+2 #1 for three days"))

    assert said == (
        "“3” is not a friend’s name (a number is not a name), so nothing was changed. "
        "For a friend, add their name: +2 for Amy; for yourself, send +2."
    )
    assert words.startswith("“three” is not a friend’s name") and "+2 #1 for Amy" in words
    assert "Bob" not in await chat.card()
    assert Chat.said(await chat.say("bob", "+1 for 2pm")).startswith("Bob joined for 2pm")
