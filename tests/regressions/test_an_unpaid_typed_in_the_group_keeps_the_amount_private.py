"""`/unpaid 1-1` (撤销已收) typed in the group posted the buyer's amount there ("已撤销订单 #1-1（Bob，¥20）
的已收…"), while `/paid` in a group says whose order, never its amount. Now the group reads the undo
without the amount (a commission it took back is told to the one who typed it, privately); in
private the answer keeps the amount."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def paid(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 20 target 1")
    else:
        await chat.say("amy", "接龙 芒果 价格 20 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    return chat


async def test_the_group_reads_no_amount() -> None:
    chat = await paid("zh")

    said = Chat.said(await chat.say("amy", "撤销已收 1-1"))

    assert said == "已撤销订单 #1-1（Bob）的已收：改回待付款（不是退款），已私信告诉对方。"


async def test_the_group_reads_no_amount_in_english() -> None:
    chat = await paid("en")

    said = Chat.said(await chat.say("amy", "/unpaid 1-1"))

    assert said == "Undone: order #1-1 of Bob is not paid again (no refund); they were told privately."


async def test_in_private_the_amount_is_said() -> None:
    chat = await paid("zh")

    said = Chat.said(await chat.say("amy", "撤销已收 1-1", private=True))

    assert said == "已撤销订单 #1-1（Bob，¥20）的已收：改回待付款（不是退款），已私信告诉对方。"


async def test_in_private_the_amount_is_said_in_english() -> None:
    chat = await paid("en")

    said = Chat.said(await chat.say("amy", "/unpaid 1-1", private=True))

    assert said == "Undone: order #1-1 of Bob (¥20) is not paid again (no refund); they were told privately."
