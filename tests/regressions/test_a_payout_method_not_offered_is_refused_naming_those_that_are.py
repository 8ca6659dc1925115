"""Review 69, findings 3 and 4: in private, `withdraw 50 paypal mia@x.com` was "I didn't understand that…",
and `withdraw all paynow 91234567` in a ¥ shop was requested (and its account kept), though PayNow is paid
out in an SGD shop only. A way to be paid that Tuan does not pay commission to is now refused naming it,
the ways that are (the shop's currency's) and the form, with her available balance when she asked for more
than it; nothing is requested and no account is kept."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_payout_of_everything_asks_for_all_that_is_available import _with_earnings
from tests.unit.handlers.shared_durian import shared_durian

FORM_EN = "Name wechat or alipay / bank and the account: /payout wechat your-WeChat-ID."
NOT = " isn't a payout method here: nothing was requested. "
FORM_ZH = "请写 微信、支付宝 或 银行卡 加账号：提现 微信 你的微信号。"


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        (
            "withdraw 50 paypal mia@x.com",
            "PayPal isn't a payout method here, and your available balance is ¥15.60, less than ¥50: "
            "nothing was requested. " + FORM_EN,
        ),
        ("withdraw 10 PayPal mia@x.com", "PayPal" + NOT + FORM_EN),
        ("withdraw venmo mia-x", "Venmo" + NOT + FORM_EN),
        ("withdraw all paynow 91234567", "PayNow" + NOT + FORM_EN),
        ("/payout 5 paynow 91234567", "PayNow" + NOT + FORM_EN),
        (
            "提现 50 paypal mia@x.com",
            "不能提现到 PayPal，而且你的可提现余额是 ¥15.60，不足 ¥50，没有提交申请。" + FORM_ZH,
        ),
        ("提现 全部 paynow 91234567", "不能提现到 PayNow，没有提交申请。" + FORM_ZH),
    ],
)
async def test_a_payout_method_not_offered_is_refused_naming_those_that_are(typed: str, told: str) -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _with_earnings(factory)  # dan: ¥15.60 available, a ¥ (CNY) shop

    assert room.said(await room.say("dan", typed, private=True)) == told
    assert not factory.state.payouts
    assert not factory.state.payout_destinations  # no account kept either
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))


async def test_in_an_sgd_shop_paynow_is_offered_and_paypal_refused_naming_it() -> None:
    chat, factory = await shared_durian("en", sharer="mia", payout_minimum=10, currency="SGD")  # S$88

    said = chat.said(await chat.say("mia", "withdraw 50 paypal mia@x.com", private=True))

    assert said == (
        "PayPal isn't a payout method here: nothing was requested. Name wechat or alipay / bank / paynow "
        "and the account: /payout wechat your-WeChat-ID."
    )
    assert not factory.state.payouts
    assert chat.said(await chat.say("mia", "withdraw all paynow 91234567", private=True)).startswith(
        "Payout #1 of S$88 requested."
    )


async def test_a_paynow_account_kept_before_in_a_yuan_shop_is_not_paid_to() -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _with_earnings(factory)
    factory.state.payout_destinations["dan"] = "paynow 91234567"  # kept before PayNow was refused here

    said = room.said(await room.say("dan", "withdraw", private=True))

    assert said == "PayNow" + NOT + FORM_EN
    assert not factory.state.payouts
