"""s39 closing: `已取 1-1` (`/pickedup 1-1`) on an unpaid order said only to confirm the payment first,
without "没有任何改动" / "Nothing was changed" like every other refusal. Now it says so, and the order stays
unpaid and not picked up."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_in_chinese_the_refusal_says_nothing_was_changed() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 土鸡蛋 45元/盒 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2", name="小美")
    await chat.say("li", "截单", name="李姐")

    refused = chat.said(await chat.say("li", "已取 1-1", name="李姐"))

    assert refused == "订单 #1-1 还没付款，没有任何改动：请先发“已收款 1-1”确认收款，再发“已取货 1-1”。"
    again = chat.said(await chat.say("li", "已取 1-1", name="李姐"))
    assert again == refused  # still unpaid, still not picked up


async def test_in_english_the_refusal_says_nothing_was_changed() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Cookies price 12 ends tomorrow 20:00")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    refused = chat.said(await chat.say("amy", "/pickedup 1-1"))

    assert refused == (
        "Order #1-1 is not paid yet: nothing was changed. Confirm the payment first with /paid 1-1, "
        "then /pickedup 1-1."
    )
