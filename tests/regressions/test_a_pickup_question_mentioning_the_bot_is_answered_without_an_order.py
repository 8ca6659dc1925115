"""Review 93 #1: `@Tuan 什么时候取货？`, `@Tuan when can I pick up?` in a group got no reply at all from a
member with nothing left to collect (no order, refunded, picked up, the organiser), though `问 什么时候取货`
answered them. A message mentioning the bot asks it: it is answered as `问` is (said to the group without
the mention it stays the buyers' own question, talk from anyone else)."""

from __future__ import annotations

import pytest

from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import Chat, fake_chat

SET_UP = (
    ("amy", "接龙 芒果 价格 88"),
    ("bob", "+1"),
    ("amy", "截单"),
    ("amy", "自提 #1 小区南门 明天下午5点"),
)
PICKUP = "芒果（#1）取货：小区南门 · 11月24日 周二 17:00"


async def _to_bot(room: Chat, user: str, text: str) -> list[Reply]:
    """`@Tuan …` as the playground and WeChat pass it: the mention taken off, the request to the bot."""
    return await room.app.handle(
        Request(
            platform="test",
            chat_id=room.chat_id,
            user_id=user,
            display_name=user.title(),
            chat_kind=ChatKind.GROUP,
            text=text,
            to_bot=True,
        )
    )


async def _closed() -> Chat:
    room = fake_chat()
    for who, typed in SET_UP:
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("who", ["dan", "amy"])
async def test_a_member_with_nothing_to_collect_is_answered(who: str) -> None:
    room = await _closed()
    assert room.said(await _to_bot(room, who, "什么时候取货？")) == PICKUP
    assert room.said(await room.say(who, "@tuan_bot 什么时候取货")) == PICKUP
    assert room.said(await room.say(who, "问 什么时候取货")) == PICKUP  # as it was


async def test_asked_in_english() -> None:
    room = await _closed()
    said = room.said(await _to_bot(room, "dan", "when is pickup?"))
    assert said.startswith("芒果 (#1) pickup: 小区南门 · Tue 24 Nov 17:00"), said


async def test_said_to_the_group_without_the_mention_it_stays_talk_from_one_with_no_order() -> None:
    room = await _closed()
    assert await room.say("dan", "什么时候取货？") == []
    assert room.said(await room.say("bob", "什么时候取货？")) == PICKUP  # hers: answered


async def test_a_buyer_is_answered_as_before() -> None:
    room = await _closed()
    assert room.said(await _to_bot(room, "bob", "什么时候取货？")) == PICKUP
