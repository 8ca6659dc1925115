"""`/ipaid 1-1 €25` of an S$25 order was refused with two choices that read the same: `…If you paid S$25,
send /ipaid 1-1 25; if you paid all S$25, send /ipaid 1-1.` (Chinese: `如果付的是 ¥20，就发：我已付款 1-1 20；
付了全部 ¥20 就发：我已付款 1-1。`). When the number typed is what the order still owes (all of it, or the
rest after part was received), the refusal now offers the one message, the plain report; another number
still gets both."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_amount_owed_in_another_currency_offers_only_the_plain_report_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya jars price 12.50 currency SGD ends tomorrow 8pm", private=False)
    await chat.say("bob", "+2", private=False)
    await chat.say("amy", "/close", private=False)

    owed = Chat.said(await chat.say("bob", "/ipaid 1-1 €25", private=False))
    other = Chat.said(await chat.say("bob", "/ipaid 1-1 €20", private=False))

    assert owed == (
        "“€25” is not in S$: order #1-1 (Kaya jars) is in S$ (SGD) and comes to S$25. Nothing was reported "
        "or changed. If you paid all S$25, send /ipaid 1-1."
    )
    assert other == (
        "“€20” is not in S$: order #1-1 (Kaya jars) is in S$ (SGD) and comes to S$25. Nothing was reported "
        "or changed. If you paid S$20, send /ipaid 1-1 20; if you paid all S$25, send /ipaid 1-1."
    )


async def test_the_amount_owed_in_another_currency_offers_only_the_plain_report_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10", private=False)
    await chat.say("bob", "+2", private=False)
    await chat.say("amy", "截单", private=False)

    owed = Chat.said(await chat.say("bob", "我已付款 1-1 20美元", private=False))
    euro = Chat.said(await chat.say("bob", "我已付款 1-1 €20", private=False))

    assert owed == (
        "“20美元”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥20。没有报告付款，没有任何改动。"
        "如果付了全部 ¥20，就发：我已付款 1-1。"
    )
    assert euro == (
        "“€20”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥20。没有报告付款，没有任何改动。"
        "如果付了全部 ¥20，就发：我已付款 1-1。"
    )


async def test_the_rest_owed_in_another_currency_offers_only_the_plain_report() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10", private=False)
    await chat.say("bob", "+2", private=False)
    await chat.say("amy", "截单", private=False)
    await chat.say("amy", "只收到 1-1 5", private=False)

    rest = Chat.said(await chat.say("bob", "我已付款 1-1 15美元", private=False))
    other = Chat.said(await chat.say("bob", "我已付款 1-1 10美元", private=False))

    assert rest == (
        "“15美元”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥20，已付 ¥5。没有报告付款，没有任何改动。"
        "如果付了剩下的 ¥15，就发：我已付款 1-1。"
    )
    assert other == (
        "“10美元”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥20，已付 ¥5。没有报告付款，没有任何改动。"
        "如果付的是 ¥10，就发：我已付款 1-1 10；付了剩下的 ¥15 就发：我已付款 1-1。"
    )
