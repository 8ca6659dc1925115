"""Review 35, finding 9: Gia `提现 100 支付宝 gia@ali.cn` with ¥15.60 available read only "你的可提现收益只有
¥15.60，不足 ¥100，没有提交申请。", and her `提现 15` then asked where to pay it (she had just said). The
answer now says how to ask for all of it, to the account she named, which is kept for her next `提现`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

CASES = {
    "zh": (
        "提现 100 支付宝 gia@ali.cn",
        "你的可提现收益只有 ¥88，不足 ¥100，没有提交申请。\n要全部提现就发：提现 全部 支付宝 gia@ali.cn",
        "提现 15",
        "已申请提现 #1：¥15，付到 支付宝 ···i.cn（你上次留的收款账号）。",
    ),
    "en": (
        "/payout 100 alipay gia@ali.cn",
        "You have ¥88 available, less than ¥100. Nothing was requested.\n"
        "To ask for all of it, send: /payout all alipay gia@ali.cn",
        "/payout 15",
        "Payout #1 of ¥15 requested, to be paid to Alipay ···i.cn (the account you gave last time).",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payout_above_the_balance_says_how_to_ask_for_all_and_keeps_the_account(lang: str) -> None:
    chat, factory = await shared_durian(lang, sharer="cat", payout_minimum=10)  # Cat: ¥88 available
    too_much, told, part, requested = CASES[lang]

    assert chat.said(await chat.say("cat", too_much, private=True)) == told
    assert not factory.state.payouts

    assert chat.said(await chat.say("cat", part, private=True)).startswith(requested)


async def test_without_an_account_it_names_where_to_pay_all_of_it() -> None:
    chat, _ = await shared_durian("zh", sharer="cat", payout_minimum=10)
    assert chat.said(await chat.say("cat", "提现 100", private=True)) == (
        "你的可提现收益只有 ¥88，不足 ¥100，没有提交申请。\n"
        "要全部提现就发：提现 全部 微信 你的微信号（也可以写 支付宝 或 银行卡 加账号）"
    )
