"""Review 76 #10: `提现 10.555 支付宝 wei@ali.cn` answered
`“10.555”不是能提现的金额：发「提现 微信 你的微信号」…`: the example switched her to WeChat and
did not say whether her Alipay account was kept. And `提现 abc` showed the kept account in full
(`微信 mei888`) while every other payout message masks it (`微信 ···888`). Now the example keeps the
method and account she typed and says it was not saved (or is the one kept); a kept account is masked."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

WORD = {"zh": "提现", "en": "/payout"}
NAMED = {
    "zh": "“10.555”不是能提现的金额：发“提现 支付宝 wei@ali.cn”提取全部可提现金额，"
    "或“提现 50 支付宝 wei@ali.cn”提取一部分（最低 ¥10）。你的可提现余额是 ¥44。"
    "没有提交申请，支付宝 ···i.cn 也没有保存为收款账号。",
}
# `/payout 10.555 支付宝 wei@ali.cn`: her words are Chinese, the address no English (s38-notices2: Latin
# letters only in handles, codes and addresses do not make a message English), so answered as `提现 …` is
NAMED["en"] = NAMED["zh"]
KEPT = {
    "zh": "打到你上次留的收款账号 微信 ···888；",
    "en": "paid to the account you gave last time, WeChat ···888;",
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_example_keeps_her_method_and_account(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)
    said = chat.said(await chat.say("cat", f"{WORD[language]} 10.555 支付宝 wei@ali.cn", private=True))
    assert said == NAMED[language]
    assert "微信" not in said and "WeChat" not in said
    assert not factory.state.payouts


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_kept_account_is_masked_in_the_form(language: str) -> None:
    chat, _ = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)
    await chat.say("cat", f"{WORD[language]} 10 微信 meik888", private=True)  # kept with her request
    said = chat.said(await chat.say("cat", f"{WORD[language]} abc", private=True))
    assert KEPT[language] in said and "meik888" not in said
    again = chat.said(await chat.say("cat", f"{WORD[language]} abc 微信 meik888", private=True))
    assert again.endswith(
        "没有提交申请；收款账号还是 微信 ···888。"
        if language == "zh"
        else "Nothing was requested; your account is still WeChat ···888."
    )
