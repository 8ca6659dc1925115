"""s28 review: `提现 5 usd` (en `withdraw 5 usd`) in a shop in ¥ requested ¥5: the currency typed was
dropped. An amount naming another currency than the shop's is now refused in one message naming the
shop's currency, nothing requested, offering the payout to the account she named (with none named nor
kept, naming one); the shop's own (`15 元`, `¥15`, `15 CNY`) is read as typed, before
an account too (`提现 15 元 微信 wes888`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

REFUSED = {  # an account named: the commands offered pay it
    "zh": "“{typed}”不是 ¥：提现按本店的币种 ¥（CNY）计，没有提交申请。"
    "请按 ¥ 写金额，例如 提现 ¥10{to}；或者只发“提现{to}”，提取全部可提现余额。",
    "en": "“{typed}” is not in ¥: payouts here are in ¥ (CNY), so nothing was requested. "
    "Write the amount in ¥, e.g. /payout ¥10{to}, or for all that is available send /payout{to}.",
}
NO_ACCOUNT = {  # none named nor kept: the commands offered name one
    "zh": "“{typed}”不是 ¥：提现按本店的币种 ¥（CNY）计，没有提交申请。请按 ¥ 写金额并写上收款账号，"
    "例如 提现 ¥10 微信 你的微信号；或者发“提现 微信 你的微信号”，提取全部可提现余额"
    "（也可以写 支付宝 或 银行卡 加账号）。",
    "en": "“{typed}” is not in ¥: payouts here are in ¥ (CNY), so nothing was requested. Write the amount in "
    "¥ and where to pay it, e.g. /payout ¥10 wechat your-WeChat-ID, or for all that is available send "
    "/payout wechat your-WeChat-ID (or alipay / bank and the account).",
}
OTHER = {
    "zh": [
        ("提现 15 usd", "15 usd", ""),
        ("提现 $15", "$15", ""),
        ("提现 15 USD 微信 wes888", "15 USD", " 微信 wes888"),
    ],
    "en": [
        ("withdraw 15 usd", "15 usd", ""),
        ("/withdraw 15 usd", "15 usd", ""),
        ("withdraw 15 usd wechat wes888", "15 usd", " wechat wes888"),
        ("/payout €15 wechat wes888", "€15", " wechat wes888"),
    ],
}
OWN = {
    "zh": ["提现 15 元 微信 wes888", "提现 ¥15 微信 wes888", "提现 15 CNY 微信 wes888"],
    "en": ["withdraw 15 cny wechat wes888", "/payout ¥15 wechat wes888", "withdraw 15 yuan wechat wes888"],
}
ASKED = {
    "zh": "已申请提现 #1：¥15。管理员审核后打到 微信 ···888",
    "en": "Payout #1 of ¥15 requested. An admin will approve it and pay it to WeChat ···888",
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_in_another_currency_is_refused_naming_the_shops(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)

    for text, typed, to in OTHER[language]:
        said = chat.said(await chat.say("cat", text, private=True))
        refused = REFUSED[language] if to else NO_ACCOUNT[language]
        assert said == refused.format(typed=typed, to=to), text
    assert not factory.state.payouts


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_in_the_shops_currency_is_read_as_typed(language: str) -> None:
    for text in OWN[language]:
        chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)

        said = chat.said(await chat.say("cat", text, private=True))

        assert said.startswith(ASKED[language]), (text, said)
        [payout] = factory.state.payouts.values()
        assert (payout.amount, payout.currency) == (1500, "CNY"), text
