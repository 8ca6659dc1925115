"""A cancel the bot could not read (`/cancel abc`, `取消订单` alone) suggested `/cancel 12-3` /
`取消订单 12-3` and `取消 #12`, and `取消订单 99-9` the 已收款 example (`已收款 12-3`): made-up numbers
and another command. The example is now the cancel itself, naming an unpaid order of hers here and her
group buy, in the language the words were typed in; nothing is changed."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def closed_with_an_order() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    return chat


async def test_an_unreadable_cancel_in_an_english_chat_names_order_1_1() -> None:
    chat = await closed_with_an_order()

    english = chat.said(await chat.say("amy", "/cancel abc"))
    unknown = chat.said(await chat.say("amy", "/cancel 99-9"))

    assert english == (
        "Write it like: /cancel 1-1 (the unpaid order's number; a reason after it is passed to the buyer: "
        "/cancel 1-1 changed mind) or /cancel @name. /cancel alone, or /cancel #1, calls the group buy off."
    )
    assert unknown == (
        "There is no order #99-9 here: nothing was changed. "
        "Example: /cancel 1-1 (the unpaid order's number, from the order message)"
    )


async def test_the_chinese_words_get_the_chinese_cancel_with_a_real_order() -> None:
    chat = await closed_with_an_order()

    alone = chat.said(await chat.say("amy", "取消订单"))
    unknown = chat.said(await chat.say("amy", "取消订单 99-9"))

    assert alone == (
        "请这样写：取消订单 1-1（待付款订单的编号；后面可写原因，会转告买家：取消订单 1-1 不要了）"
        "或 取消订单 @名字。只发“取消”或“取消 #1”是取消整个团购。"
    )
    assert unknown == "这里没有订单 #99-9，没有任何改动。例如：取消订单 1-1（待付款订单的编号，订单消息里有）"
    assert "1-1" in chat.said(await chat.say("amy", "/cancel 1-1"))  # still unpaid: nothing was changed
