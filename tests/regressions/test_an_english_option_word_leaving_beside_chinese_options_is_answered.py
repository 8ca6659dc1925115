"""s31-tail #2: `vanilla -1` / `Vanilla -1` in a group whose open buy names its options in Chinese only
(香草, 巧克力) got no reply (or was read as a friend Vanilla's line), so she may think her line is off.
Now, as `vanilla +1` is, she is told the options there are and the leave that names one, nothing
changed; a friend she put down under that name is still that friend's line, and `hello -1` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 冰淇淋 规格 香草:10,巧克力:12 成团 5"


async def opened(*joins: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    for typed in joins:
        await chat.say("eve", typed)
    return chat


async def test_an_option_in_english_taken_off_is_told_the_options() -> None:
    chat = await opened("+1 巧克力")
    before = await chat.card(1)

    said = Chat.said(await chat.say("eve", "vanilla -1"))

    assert said == (
        "冰淇淋（#1）没有“vanilla”这个规格，可选：香草 ¥10 / 巧克力 ¥12。"
        "退出时带上规格，例如 -1 巧克力。没有任何改动。"
    )
    assert await chat.card(1) == before


async def test_a_capitalised_option_in_english_taken_off_is_told_the_options() -> None:
    chat = await opened()
    before = await chat.card(1)

    said = Chat.said(await chat.say("eve", "Vanilla -1"))

    assert said == (
        "冰淇淋 (#1) has no option “Vanilla”; its options: 香草 ¥10 / 巧克力 ¥12."
        " Name one to leave it, e.g. -1 香草. Nothing was changed."
    )
    assert await chat.card(1) == before


async def test_the_leave_it_gives_takes_her_line_off() -> None:
    chat = await opened("+1 巧克力")
    await chat.say("eve", "vanilla -1")

    said = Chat.said(await chat.say("eve", "-1 巧克力"))

    assert said == "Eve 退出了 冰淇淋 巧克力（#1）。"


async def test_a_friend_so_called_is_still_her_friends_line() -> None:
    chat = await opened("+1 for Vanilla 香草")

    said = Chat.said(await chat.say("eve", "Vanilla -1"))

    assert said == "Eve took the line for Vanilla off 冰淇淋 香草 (#1)."


async def test_chatter_stays_silent() -> None:
    chat = await opened("+1 巧克力")

    replies = await chat.say("eve", "hello -1")

    assert [reply.text for reply in replies if reply.text] == []
