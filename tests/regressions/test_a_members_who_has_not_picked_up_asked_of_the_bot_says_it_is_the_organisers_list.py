"""rep88 #13: 老王, no organiser, asked `谁还没取货` and got nothing, where `谁还没付款` asked of
the bot tells a member the list is the organiser's. Now `谁还没取货` / `who hasn't picked up?` asked
of the bot in a group (its slash command `/uncollected`, a mention, `问 …`) is answered as
`谁还没付款` is: the list is the organiser's, and how to ask about her own pickup (`问 谁还没取货`
answered with a pickup time before); said to the group unaddressed both stay talk among neighbours
(README), and the organiser still gets her list privately."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = "未取货名单是团长看的，你还没有开过团。问自己的取货请发：什么时候取货"
EN = (
    "The list of who has not picked up is for organisers, and you have not opened a group buy."
    " To ask about your own pickup, send: when is pickup"
)


async def _paid() -> Chat:
    room = fake_chat()
    for who, typed in (("amy", "接龙 粽子 价格 68"), ("bob", "+1"), ("cat", "+1"), ("amy", "截单")):
        await room.say(who, typed)
    await room.say("amy", "已收 1-1")
    return room


@pytest.mark.parametrize(
    ("typed", "mentions", "expected"),
    [
        ("@tuan_bot 谁还没取货", ("tuan_bot",), ZH),
        ("问 谁还没取货", (), ZH),
        ("/uncollected", (), EN),  # its English word, as `/close` from her is answered
        ("@tuan_bot who hasn't picked up?", ("tuan_bot",), EN),
        ("/ask who hasn't collected?", (), EN),
    ],
)
async def test_a_members_who_has_not_picked_up_asked_of_the_bot_says_it_is_the_organisers_list(
    typed: str, mentions: tuple[str, ...], expected: str
) -> None:
    room = await _paid()

    replies = await room.say("cat", typed, mentions=mentions)

    assert room.said(replies) == expected
    assert room.private(replies) == {}


async def test_as_who_has_not_paid_it_is_talk_said_to_the_group_and_the_organisers_list_for_her() -> None:
    room = await _paid()
    assert await room.say("cat", "谁还没付款") == []
    assert await room.say("cat", "谁还没取货") == []  # neighbours' talk, as 谁还没付款 is

    replies = await room.say("amy", "问 谁还没取货")
    assert room.said(replies) == "Amy，未取货名单已私信发给你。"
    assert "Bob ×1（1-1）" in room.private(replies)["amy"]
