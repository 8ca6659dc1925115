"""rep65 finding 10: `提现` with no account, in a ¥ shop, answered
`…（也可以写 支付宝、银行卡 或 PayNow 加账号）`: PayNow is Singapore's, the only English word she
saw. The other account kinds offered follow the shop's currency: PayNow only in an SGD shop (a PayNow
account typed is still taken anywhere)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, cat_earned_half_of_bobs_durian, fake_chat


@pytest.mark.parametrize(
    ("currency", "told"),
    [
        ("CNY", "¥44 要写明打到哪里，没有提交申请：发“提现 微信 你的微信号”（也可以写 支付宝 或 银行卡"),
        (
            "SGD",
            "S$44 要写明打到哪里，没有提交申请：发“提现 微信 你的微信号”（也可以写 支付宝、银行卡 或 PayNow",
        ),
    ],
)
async def test_a_chinese_payout_without_an_account_offers_the_shops_kinds(currency: str, told: str) -> None:
    chat = await cat_earned_half_of_bobs_durian("zh", currency=currency)

    said = Chat.said(await chat.say("cat", "提现", private=True))

    assert said.startswith(f"提现 {told}"), said
    assert ("PayNow" in said) is (currency == "SGD"), said


@pytest.mark.parametrize(
    ("currency", "told"),
    [("CNY", "(or alipay / bank and the account)"), ("SGD", "(or alipay / bank / paynow and the account)")],
)
async def test_an_english_payout_without_an_account_offers_the_shops_kinds(currency: str, told: str) -> None:
    chat = await cat_earned_half_of_bobs_durian("en", currency=currency)

    said = Chat.said(await chat.say("cat", "/payout", private=True))

    assert told in said, said
    assert currency == "SGD" or "paynow" not in said.casefold(), said


@pytest.mark.parametrize("currency", ["CNY", "SGD"])
async def test_the_share_help_offers_the_shops_kinds(currency: str) -> None:
    chat = fake_chat(currency=currency)

    said = Chat.said(await chat.say("bob", "分享帮助", private=True))

    kinds = "支付宝、银行卡 或 PayNow" if currency == "SGD" else "支付宝 或 银行卡"
    assert f"（也可以写 {kinds} 加账号）" in said, said
    assert ("PayNow" in said) is (currency == "SGD"), said
