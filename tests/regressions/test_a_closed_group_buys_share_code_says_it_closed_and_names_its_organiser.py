"""Review 76 #9: `+1 1-685R` typed in another group once #1 had closed in its own said "…Send 1-685R to me in
a private chat to see it and join."; and a friend of a friend joining it privately was told to "ask its
organiser @Amy", whom she cannot @ from a chat she is not in. Now the other group reads that it has closed,
and who runs it (no @); in private she reads who runs it and where, without an @."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, chat_in

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def _closed(lang: str) -> tuple[Chat, str]:
    room = await chat_in(lang)
    room.title = "家庭群"
    await room.say("amy", "接龙 鲜花饼 价格 88" if lang == "zh" else "/groupbuy Flower cakes price 88")
    await room.say("bob", "+1")
    found = CODE.search(room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("amy", "/close")
    return room, found.group(0)


async def test_another_group_reads_that_it_closed_in_chinese() -> None:
    room, code = await _closed("zh")
    other = Chat(room.app, chat_id="office")
    answer = other.said(await other.say("eve", f"+1 {code}"))
    assert answer == (
        f"{code} 是鲜花饼的分享码，这个团在「家庭群」，已经截单了，没有任何改动。"
        "还想要的话，请问团长 Amy 再开一团。"
    )


async def test_another_group_reads_that_it_closed_in_english() -> None:
    room, code = await _closed("en")
    other = Chat(room.app, chat_id="office")
    await other.say("amy", "/lang en")
    other.admins = {"amy"}
    answer = other.said(await other.say("eve", f"+1 {code}", language="en"))
    assert "see it and join" not in answer
    assert answer.endswith(
        "has closed: nothing was changed. If you want some, ask its organiser, Amy, to open another round."
    )


async def test_a_friend_in_private_is_told_who_runs_it_without_an_at() -> None:
    room, code = await _closed("zh")
    answer = room.said(await room.say("gao", f"+1 {code}", private=True))
    assert answer == (
        "团购 #1（鲜花饼）已经截单了，没有任何改动。这个团是 Amy 在「家庭群」开的；"
        "还想要的话，请让分享给你的朋友转告 Amy 再开一团。"
    )
    assert "@" not in answer
