"""Session 14 (README review): `/unpaid @Amy` and `/pickedup @Amy` (and `/notpaid @Cat`), naming a
member with no order in the chat, were answered "Example: /paid 1-1": another command's form. The
refusal now shows the form of the command typed, by order number (an order of this chat: session 20)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(language: str = "en") -> Chat:
    """Mangoes #1 closed with Bob's order (unpaid) and Dan's (paid); Amy (its organiser) and Cat have none."""
    chat = fake_chat(default_language=language)
    await chat.say("amy", "/groupbuy Mangoes price 10 target 1")
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("cat", "hello")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-2")  # each example an order the command acts on (F4): 1-1 unpaid, 1-2 paid
    return chat


async def test_a_member_with_no_order_is_answered_with_the_commands_own_example() -> None:
    chat = await _closed()
    head = " has no order in this chat: nothing was changed. Example: "  # named (session 21)

    assert chat.said(await chat.say("amy", "/unpaid @Amy")) == "Amy" + head + "/unpaid 1-2"
    assert chat.said(await chat.say("amy", "/pickedup @Amy")) == "Amy" + head + "/pickedup 1-2"
    assert chat.said(await chat.say("amy", "/notpaid @Cat")) == "Cat" + head + "/notpaid 1-1"
    assert chat.said(await chat.say("amy", "/paid @Amy")) == "Amy" + head + "/paid 1-1"


async def test_in_chinese_too() -> None:
    chat = await _closed("zh")
    head = "Amy 在本群没有订单，没有任何改动。例如："

    assert chat.said(await chat.say("amy", "撤销已收 @Amy")) == head + "撤销已收 1-2"
    assert chat.said(await chat.say("amy", "已取货 @Amy")) == head + "已取 1-2"
