"""rep100 #3: `/add #2 @Fay 1` with Fay holding no line put her on the list without a word to her, and the
group read "Jenny added 1 to Fay's line" of a line that was not there; she first heard of it as a bill.
A new line made for a member is said as new, and she is told privately, in her own language, who put
her down for what, where, and how to take it off; adding to a line she made is said as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_member_put_down_is_told_privately_and_can_take_it_off() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 10 target 9 ends today 20:00")
    await chat.say("fay", "hello all")
    await chat.say("bob", "+1")

    replies = await chat.say("amy", "/add #1 @Fay 1")

    assert Chat.said(replies) == (
        "Amy made a new line for Fay: 1 × Cookies (#1). I told Fay privately, with how to take it off."
        " Now ¥10 each."
    )
    assert Chat.private(replies) == {
        "fay": "Amy put you down for 1 × Cookies (#1) in “family”. If you did not ask for it, send -1 #1"
        " (in the group or here) to take it off; to keep it, there is nothing to do."
    }
    assert "Fay ×1" in await chat.card(1)

    took_off = await chat.say("fay", "-1 #1", private=True)

    assert "Fay" not in await chat.card(1), took_off


async def test_adding_to_a_line_she_made_tells_her_nothing_new() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 10 target 9 ends today 20:00")
    await chat.say("bob", "+1")

    replies = await chat.say("amy", "/add Bob 1")

    assert Chat.said(replies) == "Amy added 1 to Bob's line: Bob now has 2 × Cookies (#1). Now ¥10 each."
    assert Chat.private(replies) == {}


async def test_a_chinese_member_put_down_is_told_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 10 target 9 ends today 20:00")
    await chat.say("xiaoli", "/lang zh", private=True)
    await chat.say("xiaoli", "hi")

    replies = await chat.say("amy", "/add #1 @xiaoli 2")

    assert Chat.private(replies) == {
        "xiaoli": "Amy 在“family”帮你报了 2 × Cookies（#1）。"
        "如果不是你要的，发 -2 #1（群里或这里都行）即可取消；要的话不用做什么。"
    }
