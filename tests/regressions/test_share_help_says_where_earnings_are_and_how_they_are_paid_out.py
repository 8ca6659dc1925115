"""rep26 finding 16: `分享帮助` / `/help share` never mentioned 我的收益 / 提现, the payout minimum or the
hold, so a sharer learned them only by failing (`提现` -> "提现最低 ¥10，你的可提现余额是 ¥6.80，还不够").
One short line each now: where earnings are seen, when commission becomes available, how to ask for a
payout and its minimum."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

LINES = {
    "zh": (
        "分享帮助",
        [
            "收益：发“我的收益”看待入账和可提现的佣金。",
            "入账：买家取货后，或付款 7 天后，佣金转为可提现。",
            "提现：私聊我发“提现 微信 你的微信号”（也可以写 支付宝 或 银行卡 加账号），"
            "账号会记下，以后只发“提现”就行；每次至少 ¥10。",
        ],
    ),
    "en": (
        "/help share",
        [
            "Your earnings: /earnings shows what is pending and what is available.",
            "Hold: commission becomes available when the buyer picks up, or 7 days after payment.",
            "Payout: send /payout wechat your-WeChat-ID (or alipay / bank and the account) to me in "
            "private; the account is kept, so next time /payout is enough; at least ¥10 each time.",
        ],
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_share_help_says_where_earnings_are_and_how_they_are_paid_out(language: str) -> None:
    room = fake_chat(default_language=language, payout_minimum=10, commission_hold_days=7.0)
    typed, lines = LINES[language]
    said = room.said(await room.say("bob", typed)).splitlines()
    assert said[-4:-1] == lines, said
    assert not any("团" in line for line in said if language == "en"), said
