"""rep29 item 7: `提现审核 拒绝 5 收款账号不对`, then Gia's bare `提现` paid the same kept account again
(`付到 支付宝 gia@ali.cn（你上次留的收款账号）`). After any rejection the account of the rejected request is
no longer used by itself: the rejection notice says to name one next time, and a bare `提现` (`提现 30`)
says why it asks and requests nothing, until she names an account (the same one again, or another).
`提现 abc` with a kept account says what was wrong and shows that account, not the form to type one."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

WORDS = {
    "zh": {
        "ask": "提现 20 微信 w8",
        "reject": "提现审核 拒绝 1 收款账号不对",
        "notice": "原因：收款账号不对\n下次提现请写上收款账号：微信 ···8 不再自动使用。"
        "例如“提现 微信 新的微信号”；微信 ···8 没错的话就发“提现 微信 w8”。",
        "bare": "提现",
        "bare_told": "你上次的提现 #1（打到 微信 ···8）被拒绝了，这个收款账号不再自动使用，没有提交申请。"
        "提现 ¥44 请写上收款账号：发“提现 微信 你的微信号”（也可以写 支付宝 或 银行卡 加账号）；"
        "微信 ···8 其实没错的话，照原样再写一遍：“提现 微信 w8”。",
        "part": "提现 30",
        "part_told": "提现 ¥30 请写上收款账号：发“提现 30 微信 你的微信号”",
        "unreadable": "提现 abc",
        "unreadable_rejected": "“abc”不是能提现的金额：发「提现 微信 你的微信号」提取全部可提现金额",
        "again": "提现 30 支付宝 gia@ali.cn",
        "again_told": "已申请提现 #2：¥30。管理员审核后打到 支付宝 ···i.cn",
        "unreadable_kept": "“abc”不是能提现的金额：发“提现”提取全部可提现金额，或“提现 50”提取一部分"
        "（最低 ¥10），打到你上次留的收款账号 支付宝 ···i.cn；"
        "要换账号就写上新的，例如“提现 微信 新的微信号”。"
        "你的可提现余额是 ¥14。没有提交申请。",
        "kept": "已申请提现 #3：¥14，付到 支付宝 ···i.cn（你上次留的收款账号）。",
    },
    "en": {
        "ask": "/payout 20 wechat w8",
        "reject": "/payouts reject 1 wrong account",
        "notice": "Reason: wrong account\nNext time name the account with your request: WeChat ···8 is "
        "no longer used by itself. E.g. /payout wechat your-new-ID; if WeChat ···8 was right, "
        "/payout wechat w8.",
        "bare": "/payout",
        "bare_told": "Your last payout, #1 to WeChat ···8, was rejected, so that account is no longer used "
        "by itself: nothing was requested. Name the account with your request for ¥44: /payout wechat "
        "your-WeChat-ID (or alipay / bank and the account); if WeChat ···8 was right after all, "
        "name it again: /payout wechat w8.",
        "part": "/payout 30",
        "part_told": "Name the account with your request for ¥30: /payout 30 wechat your-WeChat-ID",
        "unreadable": "/payout abc",
        "unreadable_rejected": "“abc” is not an amount to pay out: send /payout wechat your-WeChat-ID",
        "again": "/payout 30 alipay gia@ali.cn",
        "again_told": "Payout #2 of ¥30 requested. An admin will approve it and pay it to Alipay ···i.cn",
        "unreadable_kept": "“abc” is not an amount to pay out: send /payout for everything available, or "
        "/payout 50 for part of it (at least ¥10), paid to the account you gave last time, Alipay "
        "···i.cn; to change it, name the new one: /payout wechat your-new-ID. Your available balance is "
        "¥14. Nothing was requested.",
        "kept": "Payout #3 of ¥14 requested, to be paid to Alipay ···i.cn (the account you gave last time).",
    },
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_rejected_payouts_account_is_named_again_never_used_silently(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="gia", collected=(1,), payout_minimum=10)  # ¥44
    words = WORDS[language]

    async def said(typed: str, who: str = "gia") -> str:
        return chat.said(await chat.say(who, typed, private=True))

    await said(words["ask"])
    rejected = await chat.say("eve", words["reject"], private=True)
    assert chat.private(rejected)["gia"].endswith(words["notice"])  # how to give an account next time

    assert await said(words["bare"]) == words["bare_told"]  # not paid to 微信 w8 again
    assert words["part_told"] in await said(words["part"])
    assert (await said(words["unreadable"])).startswith(words["unreadable_rejected"])
    assert len(factory.state.payouts) == 1  # nothing requested

    assert (await said(words["again"])).startswith(words["again_told"])  # named: requested and kept
    await said("/payouts approve 2", "eve")
    await said("/payouts paid 2", "eve")  # paid, not rejected: the kept account is used again
    assert await said(words["unreadable"]) == words["unreadable_kept"]
    assert (await said(words["bare"])).startswith(words["kept"])
