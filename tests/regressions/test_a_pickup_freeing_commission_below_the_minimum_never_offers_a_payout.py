"""Review 76 (finding 6): `/pickedup @Kim` told Wei `这单给你的 ¥0.60 佣金现在可提现了，
发“提现”申请。`; following it, `提现` is refused: the minimum payout is ¥10. Below the minimum the notice
now says what she has to withdraw and the minimum, never to send 提现; at or above it, as before."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 果酱 价格 6", "佣金 10%", "分享", "截单", "已收 1-1", "已提货 1-1"),
    "en": ("/groupbuy Jam price 6", "/commission 10%", "/share", "/close", "/paid 1-1", "/pickedup 1-1"),
}
TOLD = {
    "zh": "Kim 已提货（果酱 订单 #1-1）：这单给你的 ¥0.60 佣金已入账。"
    "你现在可提现 ¥0.60，满 ¥10 才能申请提现。",
    "en": "Kim picked up order #1-1 of Jam: your ¥0.60 commission on it is now available. "
    "You have ¥0.60 to withdraw; payouts start at ¥10.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_below_the_minimum_she_is_told_the_balance_and_the_minimum(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    opened, rate, share, close, paid, picked = WORDS[lang]
    await chat.say("amy", opened)
    await chat.say("amy", rate)
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("wei", share)))
    assert found is not None
    await chat.say("kim", f"+1 {found.group(0)}", private=True)
    await chat.say("amy", close)
    await chat.say("amy", paid)

    told = [r.text for r in await chat.say("amy", picked) if r.private_to == "wei"]

    assert told == [TOLD[lang]]
