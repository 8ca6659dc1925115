"""rep65 finding 3: in private, `+1 团1-9WFB 要2份` (a friend's share code, the count in words) was told
`要 2 份就发 +2 #1（或 我要2份 #1）`: `+2 #1` is refused in private, and it drops the code, so the
sharer's credit. `+1` and `要2份` still disagree (nothing joined, as `+1 要三份`), but the one join to send
keeps the code: `+2 团1-9WFB`, which joins 2 through it."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_suggested_join_keeps_the_share_code_in_private_and_in_the_group() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88 成团 5 截止 2小时")
    await room.say("amy", "佣金 10%")
    found = re.search(r"团1-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    code = found.group(0)

    private = Chat.said(await room.say("kim", f"+1 {code} 要2份", private=True))
    friend = Chat.said(await room.say("kim", f"+1 {code} 帮 小王 要2份", private=True))
    group = Chat.said(await room.say("lee", f"+1 {code} 要2份"))

    assert private == f"你写了 +1 和“要2份”：要 2 份就发 +2 {code}，没有任何改动。"
    assert friend == f"你写了 +1 和“要2份”：要 2 份就发 +2 {code} 帮 小王，没有任何改动。"
    assert group == f"你写了 +1 和“要2份”：要 2 份就发 +2 {code}，没有任何改动。"
    assert "#1）" not in private.split("就发")[1]

    joined = Chat.said(await room.say("kim", f"+2 {code}", private=True))
    assert joined.startswith("你已跟团：2 × 芒果（#1）"), joined
    earned = room.said(await room.say("bob", "我的收益", private=True))
    assert "Kim" in earned and "2 份" in earned, earned


async def test_the_english_suggestion_keeps_the_code_as_english_shows_it() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")
    found = re.search(r"\b1-\w{4}", room.shared(await room.say("bob", "/share")))
    assert found is not None
    code = found.group(0)

    said = Chat.said(await room.say("kim", f"+1 {code} 2 more", private=True))

    assert said == f"You wrote +1 and “2 more”: for 2, send +2 {code}. Nothing was changed."
    joined = Chat.said(await room.say("kim", f"+2 {code}", private=True))
    assert joined.startswith("You're in: 2 × Plums (#1)."), joined
