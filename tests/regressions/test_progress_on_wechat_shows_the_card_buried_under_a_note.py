"""Review 47 #4: on WeChat, `进度` got silence when the group buy's card had not changed, even when a note's
card (and chatter) had come after it: its outbox row was marked sent and nothing was posted, and the
next thing the room saw was the note card, which read as if `进度` showed the note. A card a member asks
for is now posted (when the room's card window allows) unless it is still the room's latest card."""

from __future__ import annotations

import pytest

from tests.adapters.wechat.relayed_room import Room, room

__all__ = ["room"]  # the fixture, parametrized by language


SAID = {
    "zh": ("接龙 西瓜 价格 39", "种草 #1 皮薄沙瓤，超甜！", "进度", "🛒 西瓜（#1）"),
    "en": ("/groupbuy Melons price 39", "/note #1 Thin skin, so sweet!", "/status", "🛒 Melons (#1)"),
}


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_progress_shows_the_unchanged_card_when_a_note_card_came_after_it(room: Room) -> None:
    opening, note, progress, card = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", "+1", after=40)
    await room.say("Bob", note, after=5)  # the note's card: the group buy's is no longer the latest
    assert not room.sent[-1].startswith(card)
    before = len(room.sent)

    await room.say("Amy", progress)  # within the room's 30 s card window: it waits for it
    await room.later(30)

    cards = [text for text in room.sent[before:] if card in text]
    assert len(cards) == 1  # shown again, unchanged, below the note
    assert room.sent[-1] == cards[0]


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_progress_right_after_the_card_itself_posts_no_copy(room: Room) -> None:
    opening, _, progress, card = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", "+1", after=5)
    assert room.sent[-1].startswith(card)  # the card, just posted, is the latest
    before = len(room.sent)

    await room.say("Amy", progress)
    await room.later(30)

    assert [text for text in room.sent[before:] if card in text] == []  # on screen, under 30 s old
