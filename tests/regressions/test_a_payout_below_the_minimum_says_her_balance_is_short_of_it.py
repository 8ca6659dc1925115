"""Task s21 A3: with ¥44 available and a ¥100 minimum, `提现 100` answered "你的可提现收益只有 ¥44，不足
¥100", which never said the minimum, so she tried `提现 44` and only then read that a payout is at least
¥100. Whatever she asks while her balance is below the minimum, she is now told the minimum, that her
balance is below it, and to ask again once it reaches it (with no account kept, the command naming one);
nothing is requested. With the balance at or
above the minimum, a request for too little or too much is answered as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

SHORT = {
    "zh": "提现最低 ¥100，你的可提现余额是 ¥44，还不够，没有提交申请。"
    "余额够 ¥100 后发“提现 微信 你的微信号”（也可以写 支付宝 或 银行卡 加账号；发“我的收益”查看余额）。",
    "en": "A payout is at least ¥100, and your available balance is ¥44, below it: nothing was requested. "
    "Once it reaches ¥100, send /payout wechat your-WeChat-ID (or alipay / bank and the account; /earnings "
    "shows your balance).",
}
ASKED = {"zh": ("提现 100", "提现", "提现 20", "提现 44"), "en": ("/payout 100", "/payout", "/payout 20")}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_below_the_minimum_says_her_balance_is_short_of_it(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=100)

    for typed in ASKED[language]:
        assert chat.said(await chat.say("cat", typed, private=True)) == SHORT[language], typed
    assert not factory.state.payouts


async def test_at_the_minimum_a_request_for_too_much_or_too_little_is_answered_as_before() -> None:
    chat, factory = await shared_durian("zh", sharer="cat", collected=(1, 2), payout_minimum=50)

    assert (
        chat.said(await chat.say("cat", "提现 100", private=True))
        == "你的可提现收益只有 ¥88，不足 ¥100，没有提交申请。\n"
        "要全部提现就发：提现 全部 微信 你的微信号（也可以写 支付宝 或 银行卡 加账号）"
    )
    assert (
        chat.said(await chat.say("cat", "提现 20", private=True)) == "提现至少 ¥50，¥20 不够，没有提交申请。"
    )
    assert not factory.state.payouts
