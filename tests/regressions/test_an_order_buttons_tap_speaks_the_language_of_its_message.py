"""In a `/lang en` group the organiser's private "💸 Tess says they paid order #1-1 … ✅ Received ¥68"
was in English, but its Received tapped after the order was refunded toasted in Chinese
(`订单 #1-1 已退款，不能再标记为已收款…`): she had typed Chinese since, and the tap followed her last
words. An order's buttons (Received, Not received, Pay) now carry the language of the message they are
on, and a tap is answered in it, refusals too."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import Chat, fake_chat


def _tap(chat: Chat, user: str, data: str) -> Request:
    return Request("test", user, user, user.title(), chat_kind=ChatKind.PRIVATE, button=data)


def _buttons(replies: list[Reply], user: str) -> list[str]:
    [asked] = [reply for reply in replies if reply.private_to == user]
    return [button.data for row in asked.buttons for button in row]


async def _refunded_after_report(group_lang: str) -> tuple[Chat, list[str]]:
    chat = fake_chat()
    if group_lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 68")
    else:
        await chat.say("amy", "接龙 芒果 价格 68")
    await chat.say("eve", "+1")
    await chat.say("amy", "/close" if group_lang == "en" else "截单")
    buttons = _buttons(await chat.say("eve", "/ipaid 1-1"), "amy")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/refund 1-1 rotten")
    return chat, buttons


async def test_received_on_an_english_message_refuses_in_english_after_she_typed_chinese() -> None:
    chat, buttons = await _refunded_after_report("en")
    await chat.say("amy", "我的订单", private=True)  # her last words now Chinese

    received, not_received = buttons
    toast = chat.toast(await chat.app.handle(_tap(chat, "amy", received)))
    refused = chat.toast(await chat.app.handle(_tap(chat, "amy", not_received)))

    assert toast == "Order #1-1 was refunded, so it cannot be marked paid: nothing was changed."
    assert refused == (
        "Order #1-1 was refunded: there is no payment to mark as not received, nothing was changed."
    )


async def test_received_on_a_chinese_message_refuses_in_chinese_after_she_typed_english() -> None:
    chat, buttons = await _refunded_after_report("zh")
    await chat.say("amy", "/orders", private=True)  # her last words now English

    toast = chat.toast(await chat.app.handle(_tap(chat, "amy", buttons[0])))

    assert toast == "订单 #1-1 已退款，不能再标记为已收款，没有任何改动。"
