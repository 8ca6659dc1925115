"""Task s21 A4: after Eve rejected her ¥50 payout, Cat's `我的收益` said `提现 #1：¥50，已拒绝（金额已退回
可提现）`: not what she can ask for now, nor that she may ask again; once she had asked again (#2, ¥50 of
¥88), the same line still said the ¥50 was available, beside `可提现：¥38`. The line now says her balance
now and that she may ask again; once she has asked again, that the rejected one was asked again since."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

EARNINGS = {"en": "/earnings", "zh": "我的收益"}
PAYOUT = {"en": "/payout 50 wechat w8", "zh": "提现 50 微信 w8"}
AGAIN = {
    "en": "Payout #1: ¥50, rejected: it went back to your balance, ¥88 available now; you may ask again "
    "(/payout, to WeChat ···8)",  # her account, kept
    "zh": "提现 #1：¥50，已拒绝，金额已退回余额，现在可提现 ¥88，可以重新申请（发“提现”，打到 微信 ···8）",
}
ASKED_SINCE = {
    "en": "Payout #1: ¥50, rejected (it went back to your balance; asked again since)",
    "zh": "提现 #1：¥50，已拒绝（金额已退回余额，之后已重新申请）",
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_earnings_say_a_rejected_payouts_balance_and_to_ask_again(language: str) -> None:
    chat, _ = await shared_durian(language, sharer="cat")  # ¥88 available
    await chat.say("cat", PAYOUT[language], private=True)
    await chat.say("eve", "/payouts reject 1", private=True)

    rejected = chat.said(await chat.say("cat", EARNINGS[language], private=True)).splitlines()
    await chat.say("cat", PAYOUT[language], private=True)
    asked_again = chat.said(await chat.say("cat", EARNINGS[language], private=True)).splitlines()

    assert AGAIN[language] in rejected, rejected
    assert ASKED_SINCE[language] in asked_again, asked_again
