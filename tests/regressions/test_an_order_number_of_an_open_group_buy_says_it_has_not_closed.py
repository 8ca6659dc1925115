"""`已收 9-1` while #9 is still open answered `这里没有订单 #9-1。例如：已收款 12-3…`, as if the number were
mistyped. Orders are made at the close: it now says #9 has not closed yet, so there is no such order,
and how to close it (zh and en). A number of another group's open group buy is still not spoken of."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_paid_of_an_open_group_buy_says_it_has_not_closed_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("amy", "已收 1-1"))

    assert said == (
        "团购 #1（芒果）还没截单，所以还没有订单 #1-1，没有任何改动。"
        "订单在截单时生成；要现在截单，团长发“截单 #1”。"
    )


async def test_paid_of_an_open_group_buy_says_it_has_not_closed_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("amy", "/paid 1-1"))

    assert said == (
        "Group buy #1 (Mangoes) has not closed yet, so there is no order #1-1: nothing was changed. "
        "Orders are made at the close; to close it now, its organiser sends /close #1."
    )


async def test_another_groups_open_group_buy_is_not_spoken_of() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")

    said = chat.said(await chat.say("cat", "已收 1-1", private=True))

    # a member who organises nothing: only the organiser confirms (review 26), nothing of #1's state
    assert said == ("只有团长可以确认收款，没有任何改动。你没有待付款的订单（发“我的订单”可查看）。")
