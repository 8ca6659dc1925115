"""`/list #99`, `/join #99` and `/copy #99 …` in a group were all told "Example: /status shows the open
one"; `/export` in private from someone who runs none was told about the group's `/list`; `/mine` in a
group from someone who runs none said the list went privately, which then said "none". Each names its
own command now, and `/mine` with none says so in the group."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_unknown_number_is_answered_with_the_commands_own_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 30 target 5")

    listed = chat.said(await chat.say("amy", "/list #99"))
    joined = chat.said(await chat.say("bob", "/join #99"))
    copied = chat.said(await chat.say("amy", "/copy #99 to neighbors"))

    head = "There is no group buy #99 in this chat: nothing was changed. Use the number on its card, e.g. "
    assert listed == head + "/list #1"
    assert joined == head + "+1 #1 or /join #1 2"
    assert copied == head + "/copy #1 to Family Group"


async def test_a_copy_to_an_unknown_chat_names_the_chats_she_can_copy_to() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 30 target 5")

    answer = chat.said(await chat.say("amy", "/copy #1 to neighbors"))

    assert "neighbors" in answer and "You can copy to: family" in answer


async def test_export_in_private_with_none_names_export_of_ones_own() -> None:
    chat = fake_chat()

    answer = chat.said(await chat.say("kim", "/export", private=True))

    assert answer == (
        "You have not opened a group buy yet, so there is nothing of yours to export. "
        "Once you run one, /export #N (N: its number) sends its list here as files."
    )


async def test_mine_in_a_group_with_none_says_so_in_the_group() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 30 target 5")

    replies = await chat.say("kim", "/mine")

    assert chat.said(replies) == (
        "Kim, you have not opened a group buy yet. Open one in a group: /groupbuy Mangoes price 88\n"
        "For the group buys you joined, send /orders."
    )
    assert chat.private(replies) == {}
    assert "private chat" in chat.said(await chat.say("amy", "/mine"))
