"""rep27 finding 1: Frank's `+1 7-evgj` in his private chat (the code `/share` shows as `7-EVGJ`, typed
on a phone in lower case, without 团) was told to send it with the share code. In a private chat the
code is read in any case, with or without 团, alone or with a join; in a group, lower case without 团
is a code only when one was given there (rep39 #5), else a word (`+1 6-pack`)."""

from __future__ import annotations

import re

from commerce.domain.share_codes import ShareCode, find
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_share_code_in_lower_case_joins_in_a_private_chat() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    shared = room.shared(await room.say("bob", "/share"))
    found = re.search(r"1-(\w{4})", shared)
    assert found is not None, shared
    lower = f"1-{found.group(1).lower()}"
    assert room.said(await room.say("kim", f"+2 {lower}", private=True)).startswith(
        "You're in: 2 × Lychees (#1)."
    )
    assert room.said(await room.say("lee", f"/join {lower}", private=True)).startswith(
        "You're in: 1 × Lychees (#1)."
    )
    assert room.said(await room.say("cat", f"+1 团{lower}", private=True)).startswith(
        "You're in: 1 × Lychees (#1)."
    )
    card = room.said(await room.say("eve", lower, private=True))  # the code alone shows its card
    assert (
        "Lychees" in card
        and "3 joins on the list (names are shown in the group only)" in card
        and "Kim" not in card
    ), card


async def test_a_chinese_share_code_in_lower_case_joins_in_a_private_chat() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 成团 5")
    shared = room.shared(await room.say("bob", "分享"))
    found = re.search(r"团1-(\w{4})", shared)
    assert found is not None, shared
    lower = f"1-{found.group(1).lower()}"
    assert room.said(await room.say("kim", f"+2 {lower}", private=True)).startswith(
        "你已跟团：2 × 荔枝（#1）"
    )
    card = room.said(await room.say("eve", lower, private=True))
    assert "荔枝" in card and "已有 1 条跟团（名单只在群里显示）" in card and "Kim" not in card, card


def test_lower_case_without_its_chinese_character_is_a_code_only_where_asked() -> None:
    code = ShareCode(7, "EVGJ")
    assert find("+1 7-evgj", any_case=True) == (code, "+1")
    assert find("7-Evgj", any_case=True) == (code, "")
    assert find("+1 7-evgj") is None  # a group: a word, unless a code given there (handlers.referrals)
    for text in ("/paid 12-3456", "+1 #12-k7qm", "12-k7qmx", "+1 7-evil"):
        assert find(text, any_case=True) is None, text
