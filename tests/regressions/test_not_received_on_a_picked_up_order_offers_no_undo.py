"""Tapping `✖ 未收到` on an old "Bob says they paid" message of an order already picked up toasted
`…如果是误点，发 撤销已收 1-1`, and `撤销已收 1-1` was then refused (picked up). Now it says the order was
picked up and there is nothing to undo, and suggests no command (zh and en); a paid order not picked up
still names 撤销已收."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import Chat, fake_chat


def _not_received(replies: list[Reply]) -> str:
    [asked] = [reply for reply in replies if reply.private_to == "amy"]
    return asked.buttons[0][1].data


async def _paid(lang: str) -> tuple[Chat, str]:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 68")
        await chat.say("bob", "+1")
        await chat.say("amy", "/close")
        button = _not_received(await chat.say("bob", "/ipaid 1-1"))
        await chat.say("amy", "/paid 1-1")
    else:
        await chat.say("amy", "接龙 芒果 价格 68")
        await chat.say("bob", "+1")
        await chat.say("amy", "截单")
        button = _not_received(await chat.say("bob", "我已付款 1-1"))
        await chat.say("amy", "已收 1-1")
    return chat, button


async def _tap(chat: Chat, data: str) -> str:
    request = Request("test", "amy", "amy", "Amy", chat_kind=ChatKind.PRIVATE, button=data)
    return chat.toast(await chat.app.handle(request))


async def test_not_received_on_a_picked_up_order_says_nothing_to_undo_in_chinese() -> None:
    chat, button = await _paid("zh")
    assert await _tap(chat, button) == "订单 #1-1 已经标记为已付款，没有任何改动。如果是误点，发 撤销已收 1-1"
    await chat.say("amy", "已取货 1-1")

    toast = await _tap(chat, button)

    assert toast == "订单 #1-1 已经取货（核销），付款早已确认，没有可撤销的，没有任何改动。"
    assert "撤销已收" not in toast


async def test_not_received_on_a_picked_up_order_says_nothing_to_undo_in_english() -> None:
    chat, button = await _paid("en")
    await chat.say("amy", "/pickedup 1-1")

    toast = await _tap(chat, button)

    assert toast == (
        "Order #1-1 was already picked up, its payment confirmed: "
        "there is nothing to undo, nothing was changed."
    )


async def test_typed_not_received_of_a_picked_up_order_says_the_same() -> None:
    chat, _ = await _paid("zh")
    await chat.say("amy", "已取货 1-1")

    said = chat.said(await chat.say("amy", "未收到 1-1"))

    assert said == "订单 #1-1 已经取货（核销），付款早已确认，没有可撤销的，没有任何改动。"
