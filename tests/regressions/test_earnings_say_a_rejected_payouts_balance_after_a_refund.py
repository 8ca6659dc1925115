"""After a refund took back all of Cat's commission, her rejected payout was told to her with her balance
now (`你现在的可提现余额是 ¥0`), but `我的收益` still listed it as `已拒绝（金额已退回可提现）`, "the amount
is available again", beside `可提现：¥0`. The history line now says it as the rejection did: back in her
balance, which a refund took commission from, and what is available now; a rejection with nothing taken
back says the amount is back in her balance."""

from __future__ import annotations

import pytest

from tests.regressions.test_a_payout_refused_after_a_refund_never_invites_asking_for_nothing import (
    WORDS,
    _requested_then_refunded,
)

EARNINGS = {"en": "/earnings", "zh": "我的收益"}
SAID = {
    "en": "Payout #1: ¥88, rejected (it went back to your balance, but a refund took commission back: "
    "¥0 available now)",
    "zh": "提现 #1：¥88，已拒绝（金额已退回余额，但之前有订单退款扣回了佣金，现在可提现 ¥0）",
}
AGAIN = {  # her balance now and that she may ask again (session 21)
    "en": "Payout #1: ¥88, rejected: it went back to your balance, ¥88 available now; you may ask again "
    "(/payout, to WeChat ···8)",  # her account, kept
    "zh": "提现 #1：¥88，已拒绝，金额已退回余额，现在可提现 ¥88，可以重新申请（发“提现”，打到 微信 ···8）",
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_earnings_say_a_rejected_payouts_balance_after_a_refund(language: str) -> None:
    chat, _ = await _requested_then_refunded(language, refunded=(1, 2))
    await chat.say("eve", f"{WORDS[language][1]} 1", private=True)

    earnings = chat.said(await chat.say("cat", EARNINGS[language], private=True))

    assert SAID[language] in earnings.splitlines(), earnings


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_a_rejected_payout_with_nothing_taken_back_is_available_again(language: str) -> None:
    chat, _ = await _requested_then_refunded(language, refunded=())
    await chat.say("eve", f"{WORDS[language][1]} 1", private=True)

    earnings = chat.said(await chat.say("cat", EARNINGS[language], private=True))

    assert AGAIN[language] in earnings.splitlines(), earnings
