"""rep28 finding 14: Bob's `我的佣金`, `收益` (and `佣金` alone, from someone running no group buy) were
"我没看懂…": only `我的收益` showed a sharer's commission. They, and `my commission`, `earnings`,
`my earnings` in English, now answer as `我的收益` / `/earnings`; an organiser's bare `佣金` in her group
still shows her group buy's rate, and `收益怎么算` stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("words", ["我的佣金", "收益", "佣金"])
async def test_commission_asked_in_chinese_shows_ones_earnings(words: str) -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 10 截止 2小时")
    said = room.said(await room.say("bob", words, private=True))
    assert said == (
        "你的分享收益：\n待入账：¥0\n可提现：¥0\n还没有收益：分享团购链接，朋友通过它付款后你就有佣金。"
    ), said


@pytest.mark.parametrize("words", ["my commission", "earnings", "My earnings"])
async def test_commission_asked_in_english_shows_ones_earnings(words: str) -> None:
    room = fake_chat()
    said = room.said(await room.say("bob", words, private=True))
    assert said.startswith("Your earnings from sharing:\nHeld: ¥0\nYours to withdraw: ¥0"), said


async def test_an_organisers_bare_commission_in_her_group_still_shows_its_rate() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 10 截止 2小时")
    assert room.said(await room.say("amy", "佣金")) == "#1 的分享佣金是 0%。修改：佣金 5%（0 为关闭）。"
    assert await room.say("bob", "收益怎么算") == []
