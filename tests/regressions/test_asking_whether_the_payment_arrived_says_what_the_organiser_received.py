"""rep71 #1, #2, #4: a buyer's `did my payment arrive?` (`did you get my payment?`, `did the organiser get my
money?`) got a pickup answer in private and nothing in a group; `钱到了吗` after the organiser's 只收到 ¥100
fell to the notes search. Each is now answered with what the organiser received: confirmed, not received,
part received with what is left, waiting, or never reported; the Chinese 未收到 answer puts 我已付款 first."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat, mangoes_at_30_closed


async def _part_received(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 176 成团 1 截止 2小时")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("bob", "我已付款 1-1 100元")
    await chat.say("amy", "已收 1-1 ¥100")  # only ¥100 of ¥176 received


async def test_money_asked_after_part_received_says_what_is_left_in_chinese() -> None:
    chat = fake_chat()
    await _part_received(chat)

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert Chat.said(replies) == (
        "团长 Amy 只收到你订单 #1-1 的 ¥100，还差 ¥76。付款方式：线下付给团长 Amy（现金或转账）。"
        "补齐后发“我已付款 1-1”。"
    )


async def test_money_asked_after_part_received_in_the_group_is_answered_privately() -> None:
    chat = fake_chat()
    await _part_received(chat)

    replies = await chat.say("bob", "钱到了吗")

    assert Chat.said(replies) == "Bob，已私信回复你。"
    assert Chat.private(replies)["bob"].startswith("团长 Amy 只收到你订单 #1-1 的 ¥100，还差 ¥76。")


async def test_payment_asked_in_english_after_part_received_says_what_is_left() -> None:
    chat = await mangoes_at_30_closed("en", "bob")
    await chat.say("bob", "/ipaid 1-1 10")
    await chat.say("amy", "/paid 1-1 ¥10")  # only ¥10 of ¥30 received

    replies = await chat.say("bob", "did my payment arrive?", private=True)

    assert Chat.said(replies) == (
        "The organiser, Amy, received only ¥10 for your order #1-1: ¥20 is still to pay."
        " How to pay: pay Amy directly (cash or transfer). Once paid, send /ipaid 1-1."
    )


@pytest.mark.parametrize(
    "asked",
    [
        "did my payment arrive?",
        "has my payment arrived?",
        "did you get my payment?",
        "did the organiser get my money?",
    ],
)
async def test_a_confirmed_payment_asked_in_english_is_said_confirmed(asked: str) -> None:
    chat = await mangoes_at_30_closed("en", "bob")
    await chat.say("bob", "/ipaid 1-1")
    await chat.say("amy", "/paid 1-1")

    replies = await chat.say("bob", asked, private=True)

    assert Chat.said(replies) == "The organiser, Amy, has confirmed your payment of ¥30 for order #1-1."


async def test_a_confirmed_payment_asked_in_chinese_is_said_confirmed() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")
    await chat.say("bob", "我已付款 1-1")
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert Chat.said(replies) == "团长 Amy 已确认收到你订单 #1-1 的付款 ¥30。"


async def test_payment_asked_in_an_english_group_is_answered_privately() -> None:
    chat = await mangoes_at_30_closed("en", "bob")
    await chat.say("bob", "/ipaid 1-1")
    await chat.say("amy", "/notpaid 1-1")

    replies = await chat.say("bob", "did you get my payment?")

    assert Chat.said(replies) == "Bob, I replied to you privately."
    assert Chat.private(replies)["bob"] == (
        "The organiser, Amy, says the ¥30 you reported paying for order #1-1 has not arrived; check it,"
        " then send /ipaid 1-1 again (or I paid 1-1)."
    )


async def test_an_unreported_order_asked_says_how_to_report_it() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert Chat.said(replies) == "你还没报过订单 #1-1 的付款（应付 ¥30）。付款后发“我已付款 1-1”。"


async def test_a_denied_report_in_chinese_puts_the_chinese_form_first() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")
    await chat.say("bob", "我已付款 1-1")
    await chat.say("amy", "未收到 1-1")

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert Chat.said(replies) == ("团长 Amy 说还没收到你报的订单 #1-1 付款 ¥30；核对后再发 我已付款 1-1。")
