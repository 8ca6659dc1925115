"""Review 86 item 13: Bob holds small ×1 on Bubble Tea; Cat typed `Bob +1 small` and got `Cat joined for
Bob`, the card listing Bob twice (`Bob small ×1`, `Cat for Bob small ×1`). A name that is another member's
here is no friend's line (as the Chinese rule holds): now Cat is told only Bob adds to his line, with the form
for a friend of hers also called Bob, and nothing changes. A name of no member here stays a friend's line."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+1 small", name="Bob")
    return chat


async def test_bob_plus_one_from_cat_while_bob_holds_his_line_changes_nothing() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "Bob +1 small", name="Cat"))

    assert said == (
        "Bob is a member here and holds a line on Bubble Tea (#1): only Bob can add to it, so nothing was"
        " changed. For a friend of yours also called Bob, send +1 small for Bob."
    ), said
    card = await chat.card(1)
    assert "Cat" not in card, card


async def test_the_form_given_for_a_friend_called_bob_is_taken() -> None:
    chat = await _tea()
    await chat.say("cat", "Bob +1 small", name="Cat")

    said = chat.said(await chat.say("cat", "+1 small for Bob", name="Cat"))

    assert "Cat joined for Bob" in said, said


async def test_a_name_of_no_member_here_stays_a_friends_line() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "Tom +1 small", name="Cat"))

    assert said.startswith("Cat joined for Tom"), said
