"""Session 29's replay (rep53 #10): `提现 5 美元`, `提现 5刀` in a shop in ¥ got the generic
"“5 美元”不是能提现的金额…" while `提现 5 usd` and `提现 $5` got the currency refusal. A currency said in
Chinese (美元, 美金, 刀 after the number, 港币, 新币, 欧元) is another currency too: the same refusal,
nothing requested; `提现 15 元` stays ¥."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

REFUSED = (  # no account kept: the commands offered name one, or the one she named
    "“{typed}”不是 ¥：提现按本店的币种 ¥（CNY）计，没有提交申请。请按 ¥ 写金额并写上收款账号，"
    "例如 提现 ¥10 微信 你的微信号；或者发“提现 微信 你的微信号”，提取全部可提现余额"
    "（也可以写 支付宝 或 银行卡 加账号）。"
)
NAMED = (
    "“{typed}”不是 ¥：提现按本店的币种 ¥（CNY）计，没有提交申请。"
    "请按 ¥ 写金额，例如 提现 ¥10 微信 wes888；或者只发“提现 微信 wes888”，提取全部可提现余额。"
)


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("提现 15 美元", "15 美元"),
        ("提现 15刀", "15刀"),
        ("提现 15 美金 微信 wes888", "15 美金"),
        ("提现 15 港币", "15 港币"),
        ("提现 15 欧元", "15 欧元"),
    ],
)
async def test_a_payout_in_a_currency_said_in_chinese_is_refused(text: str, typed: str) -> None:
    chat, factory = await shared_durian("zh", sharer="cat", collected=(1,), payout_minimum=10)

    said = chat.said(await chat.say("cat", text, private=True))

    assert said == (NAMED if "wes888" in text else REFUSED).format(typed=typed)
    assert not factory.state.payouts


async def test_a_payout_in_yuan_said_in_chinese_is_requested() -> None:
    chat, factory = await shared_durian("zh", sharer="cat", collected=(1,), payout_minimum=10)

    said = chat.said(await chat.say("cat", "提现 15 元 微信 wes888", private=True))

    assert said.startswith("已申请提现 #1：¥15。管理员审核后打到 微信 ···888")
    assert len(factory.state.payouts) == 1
