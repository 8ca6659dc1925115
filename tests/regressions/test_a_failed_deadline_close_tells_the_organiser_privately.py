"""Session 24: a group buy whose deadline came below its target failed, the group read `❌ 芒果（#1）未达到
成团数量（1/5）…`, and its organiser, who closes a successful one to a private summary, heard nothing
privately. Now a failed deadline close tells her privately what happened: below its target (N of M), no
orders, nobody owes anything, nothing to refund; opened without a target and nobody joined: that it ended.
Once, in her language."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _hers(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies if r.private_to == "amy" and r.text]


async def _expired(opening: str, *joins: tuple[str, str], lang: str = "") -> tuple[Chat, list[Reply]]:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    if lang:
        await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", opening)
    for user, text in joins:
        await chat.say(user, text)
    clock.advance(hours=3)
    return chat, await chat.app.expire(1)


async def test_a_deadline_below_its_target_tells_her_privately() -> None:
    chat, replies = await _expired("接龙 芒果 价格 68 成团 5 截止 2小时", ("bob", "+1"))

    assert chat.said(replies).startswith("❌ 芒果（#1）未达到成团数量（1/5）")
    assert _hers(replies) == [
        "⏰ 芒果（#1）到了截止时间，未达到成团数量（1/5），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。"
    ]
    assert await chat.app.expire(1) == []  # once


async def test_in_english_too() -> None:
    chat, replies = await _expired("/groupbuy Lychees price 30 target 5 ends 2h", ("bob", "+2"), lang="en")

    assert chat.said(replies).startswith("❌ Lychees (#1) did not reach its target (2/5).")
    assert _hers(replies) == [
        "⏰ Lychees (#1) reached its deadline below its target (2/5), so it did not go ahead: no orders were "
        "made, nobody owes anything and there is nothing to refund. The group was told."
    ]


async def test_nobody_joining_one_without_a_target_tells_her_it_ended() -> None:
    _, replies = await _expired("接龙 芒果 价格 68 截止 2小时")
    assert _hers(replies) == [
        "⏰ 芒果（#1）到了截止时间，没有人跟团，已结束：不生成订单，谁都不用付款。群里已通知。"
    ]

    _, replies = await _expired("/groupbuy Lychees price 30 ends 2h", lang="en")
    assert _hers(replies) == [
        "⏰ Lychees (#1) reached its deadline with nobody joining, so it has ended: no orders were made and "
        "nobody owes anything. The group was told."
    ]
