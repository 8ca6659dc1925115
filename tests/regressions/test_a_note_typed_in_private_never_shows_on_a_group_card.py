"""rep99 #7: 阿杰, never in 邻里群, joined privately with a friend's share code and his room number
(`+1 团1-FXS8 5号楼302`); the group's card then printed `1. 阿杰 ×1 · 5号楼302` for a group he has never seen.
A note typed in a private chat (a room, a phone number) is for the organiser: never on a group's card or
its public list; the organiser still reads it in her own list in private. A note typed in the group is
on the card, as before."""

from __future__ import annotations

import re

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _shared(chat: Chat) -> str:
    await chat.say("amy", "/groupbuy Rice 5kg price 50 target 9 ends today 20:00")
    await chat.say("amy", "/commission 10%")
    code = re.search(r"\d+-\w{4}", chat.shared(await chat.say("mia", "/share")))
    assert code is not None
    return code.group(0)


async def test_a_room_typed_with_a_share_code_in_private_stays_off_the_card() -> None:
    chat = fake_chat(clock=FakeClock())
    code = await _shared(chat)

    joined = Chat.said(await chat.say("jie", f"+1 {code} Building 5 room 302", private=True))

    assert "Building 5 room 302" in joined  # his own answer still says what he wrote
    card = await chat.card(1)
    assert "Jie ×1" in card, card
    assert "302" not in card, card
    public = Chat.said(await chat.say("bob", "/list #1"))
    assert "Jie ×1" in public, public
    assert "302" not in public, public
    own = Chat.said(await chat.say("amy", "/list #1", private=True))
    assert "Building 5 room 302" in own, own


async def test_a_note_typed_in_the_group_is_on_the_card_as_before() -> None:
    chat = fake_chat(clock=FakeClock())
    await _shared(chat)

    await chat.say("bob", "+1 gate 3")

    assert "Bob ×1 · gate 3" in await chat.card(1)


async def test_a_note_typed_in_the_group_after_a_private_one_shows_that_one() -> None:
    chat = fake_chat(clock=FakeClock())
    code = await _shared(chat)
    await chat.say("bob", f"+1 {code} flat 9, 13800138000", private=True)
    assert "13800138000" not in await chat.card(1)

    await chat.say("bob", "+1 gate 3")

    card = await chat.card(1)
    assert "Bob ×2 · gate 3" in card, card
    assert "13800138000" not in card, card


async def test_an_organisers_add_typed_in_private_keeps_its_note_off_the_group() -> None:
    chat = fake_chat(clock=FakeClock())
    await _shared(chat)

    replies = await chat.say("amy", "/add #1 Aunt Wang 2 13800138000", private=True)

    group = [reply.text for reply in replies if reply.chat_id == "family" and reply.text]
    assert group and not any("13800138000" in text for text in group), group
    assert "13800138000" in Chat.said([r for r in replies if r.chat_id is None]), replies
    card = await chat.card(1)
    assert "Aunt Wang ×2" in card, card
    assert "13800138000" not in card, card
    assert "13800138000" in Chat.said(await chat.say("amy", "/list #1", private=True))
