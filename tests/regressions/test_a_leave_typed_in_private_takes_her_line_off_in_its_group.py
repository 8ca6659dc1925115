"""`-1 #1` sent in a private chat by a member holding her own line on #1 was refused ("In a private chat I
can't act on group buy #1…"): now it takes her line off #1 in its group, the group's card updated, as her
`-1 #1` there would; holding several lines there she is asked which (with the number, `-1 large #1`),
nothing changed. Someone holding no line there is told she is not on it (rep92 #14)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+2 small", name="Bob")
    await chat.say("cat", "+1 small", name="Cat")
    await chat.say("cat", "+1 large", name="Cat")
    return chat


async def test_minus_one_in_private_takes_one_off_her_line_in_the_group() -> None:
    chat = await _tea()

    replies = await chat.say("bob", "-1 #1", private=True)

    said = chat.said(replies)
    assert said.startswith("You now have 1 × Bubble Tea small (#1)."), said
    assert any(reply.card_of == 1 and reply.chat_id == "family" for reply in replies), replies
    card = await chat.card(1)
    assert "Bob small ×1" in card, card


async def test_several_lines_of_hers_are_asked_which_with_the_number_nothing_changed() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "-1 #1", private=True))

    assert (
        said == "You have several options of Bubble Tea: small ×1 / large ×1. Say which, e.g. -1 large #1."
    ), said
    card = await chat.card(1)
    assert "Cat small ×1" in card and "Cat large ×1" in card, card

    await chat.say("cat", "-1 large #1", private=True)

    assert "Cat large" not in await chat.card(1)


async def test_one_with_no_line_there_is_told_she_is_not_on_it() -> None:
    chat = await _tea()
    await chat.say("dan", "hello", name="Dan")

    said = chat.said(await chat.say("dan", "-1 #1", private=True))

    assert (
        said
        == "You are not on the list of Bubble Tea (#1), so there is nothing to leave. Nothing was changed."
    )
