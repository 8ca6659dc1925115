"""Review 33: `/cancel #3 supplier out of stock` was refused as an order's cancel ("Write it like: /cancel
12-3 …") and `取消 #3 供应商缺货` was silent, while the buyers of a cancelled group buy were told nothing
privately. Now the group buy is called off, the reason follows the group's message and each buyer is told
privately, with it, in their language."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_cancel_with_a_reason_is_told_to_the_group_and_each_buyer_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya Jars price 8 ends 2h")
    await chat.say("ned", "+2")
    await chat.say("hal", "+1")
    cancelled = await chat.say("amy", "/cancel #1 supplier out of stock confirm")
    assert chat.said(cancelled) == (
        "🚫 Kaya Jars (#1) was cancelled. Nobody is charged.\nReason: supplier out of stock"
    )
    told = "🚫 Kaya Jars (#1, organised by Amy), which you joined, was cancelled and will not go ahead; " + (
        "nobody is charged.\nReason: supplier out of stock"
    )
    assert chat.private(cancelled) == {"ned": told, "hal": told}


async def test_a_cancel_with_a_reason_is_told_in_chinese_and_from_private() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await chat.say("bob", "+1")
    cancelled = await chat.say("amy", "取消 #1 供应商缺货 确认")
    assert chat.said(cancelled) == "🚫 草莓（#1）已取消，不收任何款项。\n原因：供应商缺货"
    assert chat.private(cancelled) == {
        "bob": "🚫 你跟的 草莓（#1，团长 Amy）已取消，不成团，不收任何款项。\n原因：供应商缺货"
    }
    await chat.say("amy", "接龙 芒果 价格 30 截止 2小时")
    await chat.say("bob", "+1")
    replies = await chat.say("amy", "取消 #2 确认 下雨不送了", private=True)
    group = [r.text for r in replies if r.chat_id == "family" and r.text]
    assert group == ["🚫 芒果（#2）已取消，不收任何款项。\n原因：下雨不送了"]
    assert chat.private(replies)["bob"].endswith("\n原因：下雨不送了")


async def test_a_question_after_a_cancel_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await chat.say("bob", "+1")
    assert [r.text for r in await chat.say("amy", "取消 #1 吗？") if r.text] == []
    about_a_line = await chat.say("amy", "取消 #1 小王的订单")  # one line's order: never the whole buy
    assert [r.text for r in about_a_line if r.text and "已取消" in r.text] == []
    assert "已取消" not in chat.said(await chat.say("bob", "+1"))  # still open: joined again
