"""`/like 1` in a private chat, note #1 being one's own, answered "Note #1 was posted in family: likes are
given there… Send /like 1 in that group", where `赞 1` was then refused as one's own note: she is now told
at once, in her words' language, that one cannot like one's own note."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in


async def test_a_private_like_of_ones_own_note_says_at_once_it_cannot_be(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "bob", "种草 这个贵妃芒超甜，回购三次了")
        await api.say("family", "cat", "种草 荔枝放冰箱能放三天")

        # `/like 1` alone speaks Bob's own language: he wrote Chinese (`种草 …`)
        own = said_in(await api.say("bob", "bob", "/like 1"), "bob")
        assert own == ["不能给自己的笔记 #1 点赞，赞要别人给。"]
        zh = said_in(await api.say("bob", "bob", "赞 1"), "bob")
        assert zh == ["不能给自己的笔记 #1 点赞，赞要别人给。"]
        [other] = said_in(await api.say("bob", "bob", "/like 2"), "bob")
        assert other.startswith("笔记 #2 发在“family”：赞要在那个群里给"), other
