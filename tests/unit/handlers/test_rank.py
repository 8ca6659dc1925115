"""排行 / `/rank`: the week's sharers in this group by how many buyers their links brought: never money,
never the organiser's own link, not a cancelled order, not last month's."""

from __future__ import annotations

import re
from datetime import timedelta

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def code_of(room: Chat, member: str) -> str:
    found = CODE.search(room.shared(await room.say(member, "分享")))
    assert found is not None
    return found.group(0)


async def test_sharers_are_ranked_by_the_buyers_they_brought() -> None:
    clock = FakeClock()
    room = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 30 ends 2h")
    await room.say("bob", "+1")
    await room.say("cat", "+1")
    bobs, cats, amys = [await code_of(room, member) for member in ("bob", "cat", "amy")]
    for friend in ("dan", "eve"):
        await room.say(friend, f"+1 {bobs}")
    await room.say("fay", f"+1 {cats}")
    await room.say("gus", f"+1 {amys}")  # the organiser's own link: she brings nobody to her own
    await room.say("amy", "/close")

    assert room.said(await room.say("zoe", "/rank")) == (
        "🏆 Sharers of the week (by the buyers their links brought):\n1. Bob: 2 buyers\n2. Cat: 1 buyer"
    )
    assert room.said(await room.say("zoe", "排行")).startswith("🏆 本周分享榜")

    clock.advance(seconds=timedelta(days=8).total_seconds())  # a week later: a new week
    assert room.said(await room.say("zoe", "/rank")) == (
        "本周还没有人通过分享带来买家。发“分享”拿你的专属链接或分享码。"
    )


async def test_rank_is_for_a_group_and_talk_after_the_word_is_talk() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    assert room.said(await room.say("bob", "/rank", private=True)) == (
        "Send /rank in a group to see its sharers of the week."
    )
    assert await room.say("bob", "排行 好厉害") == []
