"""Review 47 (WeChat): each like of a note (`赞 1`, `👍 #1`, the card's numbered 点赞) posted the note's
card anew, so a room read 3 copies of one card in 2 minutes for 3 likes. WeChat cannot edit a card, and
a copy for a new count is noise: a like is answered to the liker (`已赞笔记 #1 👍`), posts no card,
and the card shows the count when it next goes for something else (a comment)."""

from __future__ import annotations

import pytest

from tests.adapters.wechat.relayed_room import Room, room

__all__ = ["room"]  # the fixture, parametrized by language


SAID = {
    "zh": (
        "接龙 西瓜 价格 39",
        "种草 #1 皮薄沙瓤，超甜！",
        ("赞 1", "👍 #1", "赞1👍"),
        "评论 1 买了两个",
        "已赞笔记 #1 👍",
    ),
    "en": (
        "/groupbuy Melons price 39",
        "/note #1 Thin skin, so sweet!",
        ("/like 1", "👍 #1", "like 1"),
        "/comment 1 bought two",
        "Liked note #1 👍",
    ),
}


def note_cards(room: Room) -> list[str]:
    return [text for text in room.sent if "#1" in text and "👍" in text and "💬" in text]


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_three_likes_in_two_minutes_post_no_copy_of_the_card(room: Room) -> None:
    opening, note, likes, comment, liked = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", note, after=40)
    assert len(note_cards(room)) == 1
    before = len(room.sent)

    for member, like in zip(("Cat", "Dan", "Eve"), likes, strict=True):
        await room.say(member, like, after=40)  # each past the room's 30 s card window
    await room.later(60)

    assert room.sent[before:] == [liked, liked, liked]  # each liker answered, no card
    assert len(note_cards(room)) == 1

    await room.say("Fay", comment)  # a comment: the card goes, with the count as it is now
    await room.later(30)
    assert len(note_cards(room)) == 2
    assert "👍 3 · 💬 1" in note_cards(room)[-1]
