"""In a 接龙 `代 小王` means "for 小王", as `帮 小王` does, but `+1 代 小王` became Cat's own line with
the note `代 小王`. Now it is 小王's line (`代小王` too, a leave alike); a note's 代收点 / 代购 stays a
note and `代报` stays the organiser's guest. English friends (`+1 for Wang`) read as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_dai_signs_up_a_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20")

    spaced = Chat.said(await chat.say("cat", "+1 代 小王"))
    glued = Chat.said(await chat.say("cat", "+2 代小李"))
    relay = Chat.said(await chat.say("dan", "跟团 代 小刘"))
    note = Chat.said(await chat.say("eve", "+1 代收点"))
    guest = Chat.said(await chat.say("amy", "代报 王阿姨 2"))

    assert spaced == "Cat 帮 小王 跟团：1 × 荔枝（#1）。当前 ¥20/份。"
    assert glued == "Cat 帮 小李 跟团：2 × 荔枝（#1）。当前 ¥20/份。"
    assert relay == "Dan 帮 小刘 跟团：1 × 荔枝（#1）。当前 ¥20/份。"
    assert note == "Eve 跟团：1 × 荔枝（#1）。备注：代收点。当前 ¥20/份。"
    assert guest.startswith("Amy 代报：王阿姨 ×2 · 荔枝（#1）"), guest
    listed = Chat.said(await chat.say("amy", "名单"))
    assert "1. Cat 帮 小王 ×1\n2. Cat 帮 小李 ×2\n3. Dan 帮 小刘 ×1\n4. Eve ×1 · 代收点" in listed, listed

    left = Chat.said(await chat.say("cat", "-1 代 小王"))
    assert left == "Cat 撤下了帮 小王 报的 荔枝（#1），帮 小李 报的还在（2 份）。"


async def test_dai_after_an_option_is_the_friends_line_of_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:8,小盒:10")

    joined = Chat.said(await chat.say("bob", "+1 大盒 代 小李"))
    left = Chat.said(await chat.say("bob", "退出 代 小李"))

    assert joined == "Bob 帮 小李 跟团：1 × 粽子 大盒（#1）。大盒 现价 ¥8/份。"
    assert left == "Bob 撤下了帮 小李 报的 粽子 大盒（#1）。"


async def test_an_english_friend_reads_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 20")

    joined = Chat.said(await chat.say("bob", "+1 for Wang"))

    assert joined.startswith("Bob joined for Wang: 1 × Lychees (#1). Now ¥20 each."), joined
