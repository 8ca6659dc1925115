"""rep37 finding 1: `付了50`, `已付50`, `付了 50` from a buyer with two unpaid ¥50 orders (and one of ¥45)
crashed ("抱歉，我这边出了点问题…", a RecursionError: the amount was asked again as a bare `付了` that
still carried "50"), in the group and in private, every time. It now asks which of the two, naming
only them, and reports nothing; one of them named then is reported."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ASKED = {
    "zh": "你有不止一个 ¥50 的待付款订单：",
    "en": "You have more than one unpaid order of ¥50: ",
}
SAY_WHICH = {"zh": "请说付的是哪一个：我已付款 1-1", "en": "Say which one you paid: /ipaid 1-1"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("zh", "付了50"), ("zh", "已付50"), ("zh", "付了 50"), ("en", "paid 50"), ("en", "I paid 50")],
)
@pytest.mark.parametrize("private", [False, True])
async def test_an_amount_two_unpaid_orders_come_to_asks_which(lang: str, text: str, private: bool) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "/groupbuy Grapes price 50 stock 30")
    await chat.say("amy", "/groupbuy Eggs price 45 stock 30")
    await chat.say("amy", "/groupbuy Plums price 50 stock 30")
    for group_buy in (1, 2, 3):
        await chat.say("hu", f"+1 #{group_buy}")
        await chat.say("amy", f"/close #{group_buy}")

    said = chat.said(await chat.say("hu", text, private=private))
    assert said.startswith(ASKED[lang]), said
    assert "#1-1" in said and "#3-1" in said and "#2-1" not in said, said
    assert said.endswith(SAY_WHICH[lang]), said
    assert not [order for order in factory.state.orders.values() if order.reported_paid_at]

    replies = await chat.say("hu", "我已付款 3-1" if lang == "zh" else "/ipaid 3-1", private=private)
    said = chat.said(replies) if private else chat.private(replies)["hu"]  # a group reads no amount (s30)
    assert "#3-1" in said and "¥50" in said
    reported = [order.number for order in factory.state.orders.values() if order.reported_paid_at]
    assert reported == ["3-1"]
