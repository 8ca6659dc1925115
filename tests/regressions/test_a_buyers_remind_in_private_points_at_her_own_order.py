"""rep94 #5: Dan (unpaid order #1-1 of a closed group buy, organising nothing) sent `/remind` privately
and was told `…To leave one you joined, send /leave in its group.` (`催款`: `…要退出自己跟的团，在群里发
退出。`): leaving has nothing to do with a payment reminder, and his group buy had closed. He is told only
an organiser reminds, and how to say he paid his own order (`/ipaid 1-1`), else where his orders are."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_owing_is_pointed_at_his_order() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 80")
    await chat.say("dan", "+1")
    await chat.say("amy", "/close")

    assert chat.said(await chat.say("dan", "/remind", private=True)) == (
        "Only a group buy's organiser uses /remind, and you have not organised one: nothing was changed. "
        "Your order #1-1 is not paid yet: once you have paid, send /ipaid 1-1 (all your orders: /orders)."
    )
    assert chat.said(await chat.say("dan", "催款", private=True)) == (
        "只有团长才能用 催款，你还没有开过团购，没有任何改动。"
        "你的订单 #1-1 还没付款：付好后发 我已付款 1-1（看全部订单发 我的订单）。"
    )
    assert chat.said(await chat.say("cat", "催款", private=True)) == (
        "只有团长才能用 催款，你还没有开过团购，没有任何改动。要看自己的订单，发 我的订单。"
    )
