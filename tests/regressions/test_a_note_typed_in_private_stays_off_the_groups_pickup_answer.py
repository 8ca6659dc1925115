"""Session 43 (notes): a note a member typed with her join in private (`+1 <share code> flat 9 13800138000`:
`participants.note_private`) is kept off the group's card and public list (rep99 #7), but the organiser's
`/pickupcode 4827` typed in the group answered there with the order's lines, note and all: `• Rice 5kg —
flat 9 13800138000 × 1`, for the whole group to read. In a group that answer now lists the lines without
such a note; typed in private it still shows it (the organiser's), and a note typed in the group (on the
card already) is listed as before. Every other group-visible text checked (the close, `/list`, `/remind`,
`/ipaid`, `/paid`, refunds) never showed it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

PHONE = "13800138000"


async def _closed_and_paid(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Rice 5kg price 50 target 2 ends today 20:00")
    await chat.say("amy", "/commission 10%")
    await chat.say("bob", "hello all")  # a member of the group: named in its answers
    shared = re.search(r"\d+-\w{4}", chat.shared(await chat.say("mia", "/share")))
    assert shared is not None
    await chat.say("bob", f"+1 {shared.group(0)} flat 9 {PHONE}", private=True)
    await chat.say("cat", "+1 gate 3")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/paid 1-2")


async def _code(chat: Chat, buyer: str) -> str:
    said = Chat.said(await chat.say(buyer, "取货码", private=True))
    found = re.search(r"\b(\d{4})\b", said)
    assert found, said
    return found.group(1)


def _in_group(replies: Sequence[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.text and not reply.private_to)


async def test_the_groups_pickup_answer_leaves_a_private_note_off() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")
    await _closed_and_paid(chat)

    replies = await chat.say("amy", f"/pickupcode {await _code(chat, 'bob')}")

    group = _in_group(replies)
    assert "order #1-1 of Bob, 1 unit:\n• Rice 5kg × 1\n" in group, group
    assert PHONE not in group and "flat 9" not in group, group
    assert not any(PHONE in (reply.text or "") for reply in replies if reply.private_to != "amy"), replies


async def test_a_note_typed_in_the_group_is_still_listed_there() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")
    await _closed_and_paid(chat)

    group = _in_group(await chat.say("amy", f"/pickupcode {await _code(chat, 'cat')}"))

    assert "• Rice 5kg — gate 3 × 1" in group, group


async def test_typed_in_private_the_organiser_still_reads_it() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")
    await _closed_and_paid(chat)

    said = Chat.said(await chat.say("amy", f"/pickupcode {await _code(chat, 'bob')}", private=True))

    assert f"• Rice 5kg — flat 9 {PHONE} × 1" in said, said
