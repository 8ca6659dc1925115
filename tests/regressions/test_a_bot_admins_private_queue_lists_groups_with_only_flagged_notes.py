"""s39 closing (Asking and notes): a bot admin's private `待审笔记` listed every group of theirs and every
group with a reported note, but a group whose note was only flagged automatically (a link to buy
outside, no member's report) and where the admin was never seen was left out: `没有待审的笔记`. It is
listed too, named."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_bot_admins_private_queue_lists_groups_with_only_flagged_notes() -> None:
    family = fake_chat(default_language="zh", payout_admins=frozenset({"boss"}))
    family.title = "family"
    await family.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await family.say("cat", "种草 #1 很甜，值")
    await family.say("vic", "种草 #1 好吃 https://evil.x/c")

    queue = Chat.said(await family.say("boss", "待审笔记", private=True)).splitlines()

    assert queue[0] == "群：family"
    assert queue[1].startswith("待审笔记（1 条")
    assert queue[2].startswith("#2 Vic：“好吃")
