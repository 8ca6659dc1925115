"""rep26 finding 16: `提现 -5`, `提现 0`, `提现 abc` and an amount of 23 digits got only the usage line,
while `提现` under the minimum says her balance. Each now says what was wrong (the amount as typed), the
form, the minimum and her available balance; nothing is requested."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

HUGE = "12345678901234567890123"
TOLD = {
    "zh": "“{typed}”不是能提现的金额：发「提现 微信 你的微信号」提取全部可提现金额，"
    "或「提现 50 微信 你的微信号」提取一部分（最低 ¥10）。"
    "你的可提现余额是 ¥44。没有提交申请。",
    "en": "“{typed}” is not an amount to pay out: send /payout wechat your-WeChat-ID for everything "
    "available, or /payout 50 wechat your-WeChat-ID for part of it (at least ¥10). "
    "Your available balance is ¥44. Nothing was requested.",
}
WORD = {"zh": "提现", "en": "/payout"}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_amount_typed_wrong_says_her_available_balance(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)

    for typed in ("-5", "0", "abc", HUGE):
        said = chat.said(await chat.say("cat", f"{WORD[language]} {typed}", private=True))
        assert said == TOLD[language].format(typed=typed), typed
    assert not factory.state.payouts
