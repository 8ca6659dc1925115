"""Review 35, finding 6: Cat's approved payout was no longer covered after a refund took commission back;
the admin had to reject it (`提现审核 拒绝 1 有退款`), and Cat read that her (correct) account was no longer
used by itself; her `提现` then asked for it again. A rejection now keeps her account, unless its reason
says the account is wrong (`提现审核 拒绝 1 账号不对`): then it is dropped, and said so to both."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

WORDS = {
    "zh": ("提现 微信 w8", "提现审核 批准 1", "提现审核 拒绝 1 有退款", "提现", "我的收益"),
    "en": ("/payout wechat w8", "/payouts approve 1", "/payouts reject 1 a refund", "/payout", "/earnings"),
}
KEPT = {
    "zh": (
        "你的提现 #1（¥88）被拒绝，金额已退回余额，但之前有订单退款扣回了佣金，你现在的可提现余额是 ¥44"
        "（我的收益）。原因：有退款\n收款账号 微信 ···8 照旧保留，下次提现仍打到这里。",
        "已申请提现 #2：¥44，付到 微信 ···8（你上次留的收款账号）。",
    ),
    "en": (
        "Your payout #1 of ¥88 was rejected and went back to your balance, but a refund since took "
        "commission back: your available balance is now ¥44 (/earnings). Reason: a refund"
        "\nYour account WeChat ···8 is kept for your next payout.",
        "Payout #2 of ¥44 requested, to be paid to WeChat ···8 (the account you gave last time).",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payout_rejected_for_a_refund_keeps_her_account(lang: str) -> None:
    chat, factory = await shared_durian(lang, sharer="cat", payout_minimum=10)  # Cat: ¥44 on each of two
    ask, approve, reject, again, _ = WORDS[lang]
    await chat.say("cat", ask, private=True)
    await chat.say("eve", approve, private=True)
    await chat.say("amy", "/refund 1-2")  # takes back ¥44: the ¥88 approved is no longer covered

    rejected = await chat.say("eve", reject, private=True)

    assert chat.private(rejected)["cat"] == KEPT[lang][0]
    assert chat.said(await chat.say("cat", again, private=True)).startswith(KEPT[lang][1])
    assert factory.state.payout_destinations == {"cat": WORDS[lang][0].split(maxsplit=1)[1]}


@pytest.mark.parametrize(
    ("lang", "reject", "admin", "member", "asked"),
    [
        (
            "zh",
            "提现审核 拒绝 1 账号不对",
            "收款账号 微信 w8 已停用：下次提现要重新写上收款账号。",
            "下次提现请写上收款账号：微信 ···8 不再自动使用。",
            "你上次的提现 #1（打到 微信 ···8）被拒绝了，这个收款账号不再自动使用，没有提交申请。",
        ),
        (
            "en",
            "/payouts reject 1 wrong account",
            "Their account WeChat w8 is no longer used by itself: their next request must name one.",
            "Next time name the account with your request: WeChat ···8 is no longer used by itself.",
            "Your last payout, #1 to WeChat ···8, was rejected, so that account is no longer used by itself",
        ),
    ],
)
async def test_a_rejection_for_a_wrong_account_drops_it(
    lang: str, reject: str, admin: str, member: str, asked: str
) -> None:
    chat, factory = await shared_durian(lang, sharer="cat", payout_minimum=10)
    await chat.say("cat", WORDS[lang][0], private=True)

    rejected = await chat.say("eve", reject, private=True)

    assert chat.said(rejected).endswith("\n" + admin)
    assert member in chat.private(rejected)["cat"]
    assert chat.said(await chat.say("cat", WORDS[lang][3], private=True)).startswith(asked)
    assert len(factory.state.payouts) == 1  # nothing requested to the dropped account
