"""Bob brought two buyers with his share code and then left the group; `排行` / `/rank` still listed him
by name ("1. Bob：2 位买家"): nothing recorded that he left (`chat_members` kept him). A member who
leaves (Telegram's `left_chat_member`, WeChat's room-leave: `ChatApp.left`) is no longer the chat's
member, and the group's ranking names only its members: he is left out (Cat moves up); back in the group
and speaking, he is ranked again."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def _bob_and_cat_brought_buyers() -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 芒果 价格 30")
    codes = {}
    for sharer in ("bob", "cat"):
        found = CODE.search(room.shared(await room.say(sharer, "分享")))
        assert found is not None
        codes[sharer] = found.group(0)
    for friend in ("dan", "eve"):
        await room.say(friend, f"+1 {codes['bob']}")
    await room.say("fay", f"+1 {codes['cat']}")
    await room.say("amy", "截单")
    assert room.said(await room.say("zoe", "排行")) == (
        "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Bob：2 位买家\n2. Cat：1 位买家"
    )
    return room


async def test_a_member_who_left_is_not_in_the_chinese_ranking() -> None:
    room = await _bob_and_cat_brought_buyers()

    await room.app.left("test", room.chat_id, ["bob"])

    assert (
        room.said(await room.say("zoe", "排行"))
        == "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Cat：1 位买家"
    )


async def test_a_member_who_left_is_not_in_the_english_ranking() -> None:
    room = await _bob_and_cat_brought_buyers()

    await room.app.left("test", room.chat_id, ["bob", "cat"])

    assert room.said(await room.say("zoe", "/rank", language="en")) == (
        "Nobody has brought a buyer with their link this week yet. Send /share for yours."
    )


async def test_a_member_back_in_the_group_is_ranked_again() -> None:
    room = await _bob_and_cat_brought_buyers()
    await room.app.left("test", room.chat_id, ["bob"])

    await room.say("bob", "我回来啦")  # chatter: he is the chat's member again

    assert room.said(await room.say("zoe", "/rank", language="en")) == (
        "🏆 Sharers of the week (by the buyers their links brought):\n1. Bob: 2 buyers\n2. Cat: 1 buyer"
    )


async def test_leaving_another_group_changes_nothing_here() -> None:
    room = await _bob_and_cat_brought_buyers()

    await room.app.left("test", "another-group", ["bob"])

    assert "1. Bob：2 位买家" in room.said(await room.say("zoe", "排行"))
