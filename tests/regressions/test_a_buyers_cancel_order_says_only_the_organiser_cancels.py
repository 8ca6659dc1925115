"""rep27 finding 2: Bob's `取消订单 3-1` in his private chat, on his own unpaid order, said there was no
order #3-1 (in the group the same words say only the organiser cancels, ask her); and a buyer's bare
`取消订单` / `/cancelorder` got the organiser's form, with how to call a whole group buy off. A buyer is
told the truth in private too, naming the organiser; alone, the words tell him only the organiser
cancels an order, name his unpaid ones and what he can do (`退出` / `-1` while a group buy is open)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

ZH = {
    "open": "接龙 荔枝 价格 20 成团 2",
    "close": "截单",
    "cancel": "取消订单 1-1",
    "bare": "取消订单",
    "not_hers": "只有团长（Amy）可以取消订单，没有任何改动。不想要了请告诉 Amy。",
    "his": "只有团长可以取消订单，没有任何改动。你待付款的订单：#1-1 荔枝（团长 Amy）。"
    "不想要了请告诉团长；还在接龙的团，发“退出”（或 -1 少要一份）即可。",
    "none": "只有团长可以取消订单，没有任何改动。团购还在接龙时，不想要了发“退出”（或 -1 少要一份）；"
    "截单后请告诉团长。",
    "form": "取消订单 @名字",
}
EN = {
    "open": "/groupbuy Lychees price 20 target 2",
    "close": "/close",
    "cancel": "/cancel 1-1",
    "bare": "/cancelorder",
    "not_hers": "Only the organiser (Amy) can cancel an order: nothing was changed. "
    "If you no longer want yours, tell Amy.",
    "his": "Only the organiser can cancel an order: nothing was changed. Your unpaid orders: "
    "#1-1 Lychees (organiser Amy). If you no longer want one, ask its organiser; "
    "from a group buy still open, send /leave (or -1 for one fewer).",
    "none": "Only the organiser can cancel an order: nothing was changed. While a group buy is open, "
    "send /leave to drop out (or -1 for one fewer); after the close, ask its organiser.",
    "form": "/cancel @name",
}


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_buyers_cancel_order_says_only_the_organiser_cancels(words: dict[str, str]) -> None:
    room = fake_chat()
    if words is EN:
        await room.say("amy", "/lang en")
    await room.say("amy", words["open"])
    await room.say("bob", "+1")
    await room.say("cat", "+1")
    await room.say("amy", words["close"])
    assert room.said(await room.say("bob", words["cancel"], private=True)) == words["not_hers"]
    assert room.said(await room.say("bob", words["cancel"])) == words["not_hers"]
    assert room.said(await room.say("bob", words["bare"], private=True)) == words["his"]
    assert room.said(await room.say("bob", words["bare"])) == words["his"]
    assert room.said(await room.say("eve", words["bare"])) == words["none"]  # no order of his
    assert words["form"] in room.said(await room.say("amy", words["bare"]))  # hers: the form, as before
    assert "1-1" in room.said(await room.say("bob", "/orders" if words is EN else "我的订单", private=True))
