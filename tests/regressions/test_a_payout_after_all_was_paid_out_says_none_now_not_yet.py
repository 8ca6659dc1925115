"""Review s20 (N4): once all her commission was paid out, `提现` answered "你还没有可提现的佣金。" ("no
commission to pay out yet"), as to someone who never earned any. She now reads that she has none now,
that what she earned was paid out or taken back, and where each is; "yet" stays for one who never had any."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

NONE_NOW = {
    "en": "You have no commission to pay out now: what you earned was paid out to you. /earnings shows each.",
    "zh": "你现在没有可提现的佣金：之前记的佣金已经提现给你。每一笔都在 我的收益 里。",
}


@pytest.mark.parametrize(("language", "payout"), [("en", "/payout wechat w8"), ("zh", "提现 微信 w8")])
async def test_a_payout_after_all_was_paid_out_says_none_now(language: str, payout: str) -> None:
    chat, _ = await shared_durian(language, sharer="jack", collected=(1,), buyers=("bob",))
    await chat.say("jack", payout, private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)

    again = await chat.say("jack", payout, private=True)

    assert chat.said(again) == NONE_NOW[language]
    never = await chat.say("dan", payout, private=True)
    assert "yet" in chat.said(never) or "还没有" in chat.said(never)
