"""`我的分享` (what my shares earned) got no reply: only `我的收益`, `我的佣金`, `收益` showed a sharer's
earnings. It now answers as `我的收益` (in a group: privately, a short note in the group); `我的分享码`
still gives the share codes, and `我的分享怎么样` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

EARNINGS = "你的分享收益：\n待入账：¥0\n可提现：¥0\n还没有收益：分享团购链接，朋友通过它付款后你就有佣金。"


async def test_my_shares_in_private_shows_ones_earnings() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 10 截止 2小时")
    assert room.said(await room.say("bob", "我的分享", private=True)) == EARNINGS


async def test_my_shares_in_a_group_is_answered_privately() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 10 截止 2小时")
    replies = await room.say("bob", "我的分享")
    assert room.said(replies) == "Bob，你的收益已私信发给你。"
    assert room.private(replies) == {"bob": EARNINGS}


async def test_my_share_code_and_talk_keep_their_meaning() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 10 截止 2小时")
    assert room.shared(await room.say("bob", "我的分享码")).startswith("你的芒果（#1）分享码：团1-")
    assert await room.say("bob", "我的分享怎么样") == []
