"""s28 #3: a payout's "paid" notice to the sharer said only `你的提现 #1（¥44）已付款。`, not where. It now
names the method in her language and the account masked (its last characters only), with the amount.
PayNow is paid out in an SGD shop only (rep69 #4): its cases are in one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("提现 微信 wxid4567", "你的提现 #1（¥44）已付款，付到 微信 ···4567。"),
        ("提现 paynow 91234567", "你的提现 #1（S$44）已付款，付到 PayNow ···4567。"),
        ("/payout paynow 91234567", "Your payout #1 of S$44 was paid to PayNow ···4567."),
        ("/payout 支付宝 cat@example.com", "Your payout #1 of ¥44 was paid to Alipay ···.com."),
    ],
    ids=["zh-wechat", "zh-paynow", "en-paynow", "en-alipay"],
)
async def test_the_paid_notice_names_the_method_and_a_masked_account(asked: str, told: str) -> None:
    factory = FakeUnitOfWorkFactory()
    shop = {"currency": "SGD"} if "paynow" in asked else {}  # PayNow: Singapore's
    chat = fake_chat(factory, payout_admins=frozenset({"eve"}), payout_minimum=1, **shop)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "cat"  # ¥44 for Cat
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("cat", asked, private=True)
    await chat.say("eve", "/payouts approve 1", private=True)

    paid = await chat.say("eve", "/payouts paid 1", private=True)

    assert chat.private(paid) == {"cat": told}
    assert "91234567" not in told and "wxid4567" not in told
