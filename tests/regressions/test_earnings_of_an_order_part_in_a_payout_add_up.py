"""Cat asked for ¥10 of her ¥44: the one order behind her balance read "¥44, yours to withdraw" above
"Yours to withdraw: ¥34" and "Payout #1: ¥10", so the lines did not add up. An order split between her
balance and a payout now says both parts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": (
        ("接龙 榴莲 价格 88 成团 1", "+1", "截单", "已收 1-1", "已取 1-1", "提现 10 微信 w8", "我的收益"),
        "#1-1 榴莲（Bob）：¥44：¥10 已在提现 #1 中申请，¥34 可提现",
        "#1-1 榴莲（Bob）：¥44：¥10 已随提现 #1 付给你，¥34 可提现",
    ),
    "en": (
        ("/groupbuy Durian price 88 target 1", "+1", "/close", "/paid 1-1", "/pickedup 1-1",
         "/payout 10 wechat w8", "/earnings"),
        "#1-1 Durian (Bob): ¥44: ¥10 asked for in payout #1 (not paid yet), ¥34 yours to withdraw",
        "#1-1 Durian (Bob): ¥44: ¥10 paid out to you in payout #1, ¥34 yours to withdraw",
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_order_part_in_a_payout_says_both_parts(lang: str) -> None:
    (opening, join, close, paid, picked, payout, earnings), asked, paid_out = SAID[lang]
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("amy", opening, language=lang)
    await chat.say("bob", join, language=lang)
    await chat.say("amy", close, language=lang)
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "cat"
    await chat.say("amy", paid, language=lang)
    await chat.say("amy", picked, language=lang)
    await chat.say("cat", payout, private=True, language=lang)

    said = chat.said(await chat.say("cat", earnings, private=True, language=lang))
    assert asked in said.splitlines(), said
    assert ("可提现：¥34" if lang == "zh" else "Yours to withdraw: ¥34") in said.splitlines()

    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    said = chat.said(await chat.say("cat", earnings, private=True, language=lang))
    assert paid_out in said.splitlines(), said
