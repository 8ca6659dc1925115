"""fp-report 1: `取消订单 2-4 不要了` (a reason after the number) got no reply and `/cancel 1-4 changed mind`
got `Write it like: /cancel or /cancel #12`: nothing was cancelled and the buyer was still chased. A
reason after the order number is taken as `/refund 12-3 wrong size` takes it: the order is cancelled and
the buyer reads why (`Reason: …` / `原因：…`); a question (`取消订单 1-1 吗？`) stays chatter; a `/cancel`
typed wrong names the order's form too."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_order_cancel_with_a_reason_tells_the_buyer_why() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("bob", "/join")
    await room.say("cat", "/join")
    await room.say("amy", "/close")
    usage = room.said(await room.say("amy", "/cancel 1-1?!"))
    assert usage.startswith("Write it like: /cancel 1-1 (the unpaid order's number; a reason after it")
    replies = await room.say("amy", "/cancel 1-1 changed mind")
    assert room.said(replies) == (
        "Cancelled order #1-1 (Bob): it is no longer owed; they were told privately."
    )
    assert room.private(replies)["bob"].endswith("\nReason: changed mind")
    assert "changed mind" not in room.said(replies)
    too_long = room.said(await room.say("amy", "/cancel 1-2 " + "x" * 201))
    assert too_long.startswith("A cancel's reason is at most 200 characters; this one has 201.")
    assert room.said(await room.say("amy", "/cancel 1-2")).startswith("Cancelled order #1-2 (Cat)")


async def test_a_chinese_order_cancel_with_a_reason_tells_the_buyer_why() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    assert await room.say("amy", "取消订单 1-1 吗？") == []  # a question stays talk
    replies = await room.say("amy", "取消订单 1-1 不要了")
    assert "取消" in room.said(replies)
    assert room.private(replies)["bob"].startswith("Amy 取消了你的订单 #1-1")
    assert room.private(replies)["bob"].endswith("\n原因：不要了")
