"""rep28 finding 13: Lou's `我姐姐让我发这个 团1-RFS7 要一份` in her private chat was "我没看懂…", though
`团1-RFS7` alone and `+1 1-rfs7` worked. In a private chat a share code inside a sentence is read: with
one quantity asked for (`要一份`, `来两份`, `x2`) it joins that many, without one it shows the card, as
the code alone does; in a group such a sentence stays talk."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_share_code_inside_a_chinese_sentence_joins_what_it_asks_for() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 78 成团 5")
    found = re.search(r"团1-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    code = found.group(0)

    said = room.said(await room.say("lou", f"我姐姐让我发这个 {code} 要一份", private=True))
    assert said.startswith("你已跟团：1 × 芒果（#1）"), said
    said = room.said(await room.say("kim", f"我姐姐让我发这个 {code.lower()[1:]} 来两份", private=True))
    assert said.startswith("你已跟团：2 × 芒果（#1）"), said
    card = room.said(await room.say("eve", f"朋友发给我的 {code}", private=True))
    assert "芒果" in card and "已有 2 条跟团（名单只在群里显示）" in card and "Lou" not in card, card
    assert await room.say("cat", f"我姐姐让我发这个 {code} 要一份") == []


async def test_a_share_code_inside_an_english_sentence_joins_what_it_asks_for() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    found = re.search(r"1-\w{4}", room.shared(await room.say("bob", "/share")))
    assert found is not None

    said = room.said(
        await room.say("lou", f"my sister told me to send this {found.group(0)} x2", private=True)
    )
    assert said.startswith("You're in: 2 × Lychees (#1)."), said
