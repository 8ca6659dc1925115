"""`-1 #1` sent in a private chat by Bob, holding his own line on #1, took it off and updated the group's
card, but the group read nothing: a `-1` typed there posts a line (`Bob now has 1 × …`, `Bob left …`). Now
the group reads that line, in its own language, and Bob is answered privately as before."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+2 small", name="Bob")
    return chat


def _in_group(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and reply.chat_id == "family"]


async def test_minus_one_in_private_is_told_in_the_group_as_typed_there() -> None:
    chat = await _tea()

    replies = await chat.say("bob", "-1 #1", private=True)

    assert chat.said(replies).startswith("You now have 1 × Bubble Tea small (#1)."), replies
    assert _in_group(replies) == ["Bob now has 1 × Bubble Tea small (#1). Small: now ¥4 each."], replies
    assert "Bob small ×1" in await chat.card(1)


async def test_her_last_one_taken_off_in_private_is_told_in_the_group_as_left() -> None:
    chat = await _tea()
    await chat.say("bob", "-1 #1", private=True)

    replies = await chat.say("bob", "-1 #1", private=True)

    assert chat.said(replies) == "You left Bubble Tea small (#1).", replies
    assert _in_group(replies) == ["Bob left Bubble Tea small (#1)."], replies
    assert "Bob" not in await chat.card(1)


async def test_a_chinese_group_reads_it_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30", name="阿May")
    await chat.say("bob", "+2", name="王阿姨")

    replies = await chat.say("bob", "-1 #1", private=True, name="王阿姨")

    assert _in_group(replies) == ["王阿姨 现在是 1 × 芒果（#1）。当前 ¥30/份。"], replies


async def test_a_leave_typed_in_the_group_posts_one_line_only() -> None:
    chat = await _tea()

    replies = await chat.say("bob", "-1")

    assert chat.said(replies) == "Bob now has 1 × Bubble Tea small (#1). Small: now ¥4 each.", replies
    assert not [reply for reply in replies if reply.text and reply.chat_id], replies
