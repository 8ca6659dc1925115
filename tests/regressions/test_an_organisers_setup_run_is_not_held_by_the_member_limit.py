"""Amy opened a group buy and set it up: three `/edit`, `/commission`, `/payment`, `/pickup` within a
minute. Her `/pickup` was refused "slow down: at most 5 commands a minute from each member". Commands
that manage group buys, from their organiser (or a chat admin), now have their own allowance of 30 a
minute (TUAN_ORGANISER_COMMANDS_PER_MINUTE), so a setup run is answered and a runaway script still held;
every other member keeps the limit of five (ten look-ups)."""

from __future__ import annotations

from handlers.types import Reply
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "/groupbuy Mangoes options 3kg:58:2,5kg:88:3 target 3 ends 2h"
SETUP = [
    "/edit #1 5kg price 80",
    "/edit #1 3kg price 50",
    "/edit #1 3kg stock 4",
    "/commission 10%",
    "/payment Bank transfer to Amy 1234",
    "/pickup Gate 3 tomorrow 17:00",
    "/list",
    "/export",
]


def limited() -> tuple[Chat, FakeClock, FakeUnitOfWorkFactory]:
    clock, factory = FakeClock(), FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock, counters=MemorySharedState().counters, default_language="en")
    return chat, clock, factory


def said_or_nothing(replies: list[Reply]) -> str:
    """What the chat reads: nothing for a toast and a private line only the sender sees."""
    return Chat.said(replies) if any(reply.text and not reply.private_to for reply in replies) else ""


async def test_the_organisers_setup_run_in_a_minute_is_all_answered_and_done() -> None:
    chat, _, _ = limited()
    await chat.say("amy", OPEN)
    answers = [chat.said(await chat.say("amy", text)) for text in SETUP]

    assert [answer.split("\n")[0] for answer in answers] == [
        "Updated Mangoes (#1): 5kg price ¥80.",
        "Updated Mangoes (#1): 3kg price ¥50.",
        "Updated Mangoes (#1): 3kg stock 4.",
        "Share and earn: sharers of Mangoes (#1) earn 10% on the orders their links bring.",
        "How to pay for Mangoes (#1): Bank transfer to Amy 1234. Every buyer's order will say so.",
        answers[5].split("\n")[0],
        "📋 Nobody is on the list of Mangoes (#1) yet.",
        "Amy, the list of Mangoes (#1) is on its way to your private chat with me.",
    ]
    assert answers[5].startswith("Pickup for Mangoes (#1)"), answers[5]
    assert "Gate 3" in answers[5]
    card = await chat.card()
    assert "• 3kg ¥50 · 0 taken · 4 left" in card and "• 5kg ¥80" in card


async def test_a_members_sixth_command_is_still_held_with_the_members_limit() -> None:
    chat, clock, _ = limited()
    await chat.say("amy", OPEN)
    for _ in range(5):
        await chat.say("bob", "/wait #9")  # refused: there is no #9
    clock.advance(seconds=20)
    assert chat.said(await chat.say("bob", "/edit #1 5kg price 1")) == (
        "Bob, slow down: I take at most 5 commands a minute from each member here, so I did not do "
        "“/edit #1 5kg price 1”. Try again in 40 seconds."
    )
    assert said_or_nothing(await chat.say("bob", "/pickup Gate 9")) == ""  # only he reads it


async def test_a_runaway_script_of_the_organiser_is_held_at_thirty_a_minute() -> None:
    chat, _, _ = limited()
    await chat.say("amy", OPEN)
    answers = [said_or_nothing(await chat.say("amy", "/list")) for _ in range(40)]
    held = [answer for answer in answers if answer.startswith("Amy, slow down")]
    assert held == [
        "Amy, slow down: I take at most 30 commands managing group buys a minute from each member here, "
        "so I did not do “/list”. Try again in 60 seconds."
    ]
    assert answers.index(held[0]) == 30  # 30 `/list` answered (her opening is a command of its own)
    assert answers[31:] == [""] * 9  # told only to her
    assert chat.toast(await chat.say("amy", "/help")) == (  # any command of hers: held at her rate
        "Not done: “/help”. Too many commands from you this minute; send it again in 60 seconds."
    )


async def test_a_chat_admin_managing_someone_elses_group_buy_gets_the_same_allowance() -> None:
    chat, _, _ = limited()
    chat.admins.add("zed")
    await chat.say("amy", OPEN)
    answers = [chat.said(await chat.say("zed", "/list")) for _ in range(8)]
    assert [answer for answer in answers if "slow down" in answer] == []
