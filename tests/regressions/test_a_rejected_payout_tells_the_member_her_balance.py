"""Task s21 D2: the private notice of a rejected payout said the amount was available again, not how
much she has now: Ahua, ¥44 earned, asked for ¥20 and read only that the ¥20 was back. It now says her
balance, as `我的收益` does (`…已拒绝，金额已退回余额，现在可提现 ¥44`), with or without the admin's
reason, in her language."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.sharer_payout import sharer_asked

# a rejection keeps her account, unless its reason says the account is wrong: then it is no longer
# used by itself, and the notice says to name one next time
ZH_KEPT = "\n收款账号 微信 ···8 照旧保留，下次提现仍打到这里。"
EN_KEPT = "\nYour account WeChat ···8 is kept for your next payout."
ZH_NOTE = (
    "\n下次提现请写上收款账号：微信 ···8 不再自动使用。"
    "例如“提现 微信 新的微信号”；微信 ···8 没错的话就发“提现 微信 w8”。"
)
EN_NOTE = (
    "\nNext time name the account with your request: WeChat ···8 is no longer used by itself. "
    "E.g. /payout wechat your-new-ID; if WeChat ···8 was right, /payout wechat w8."
)
CASES = {
    "zh": (
        "提现 20 微信 w8",
        "提现审核 拒绝 1",
        "你的提现 #1（¥20）被拒绝，金额已退回余额，你现在的可提现余额是 ¥44（我的收益）。" + ZH_KEPT,
        "提现审核 拒绝 1 收款账号不对",
        "你的提现 #1（¥20）被拒绝，金额已退回余额，你现在的可提现余额是 ¥44（我的收益）。原因：收款账号不对"
        + ZH_NOTE,
    ),
    "en": (
        "/payout 20 wechat w8",
        "/payouts reject 1",
        "Your payout #1 of ¥20 was rejected and went back to your balance: your available balance is now "
        "¥44 (/earnings)." + EN_KEPT,
        "/payouts reject 1 wrong account",
        "Your payout #1 of ¥20 was rejected and went back to your balance: your available balance is now "
        "¥44 (/earnings). Reason: wrong account" + EN_NOTE,
    ),
}


async def _asked(factory: FakeUnitOfWorkFactory, lang: str) -> Chat:
    chat = await sharer_asked(factory, CASES[lang][0])
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_rejected_payout_tells_the_member_her_balance(lang: str) -> None:
    chat = await _asked(FakeUnitOfWorkFactory(), lang)

    rejected = await chat.say("guanli", CASES[lang][1], private=True)

    assert chat.private(rejected)["ahua"] == CASES[lang][2]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_rejection_with_a_reason_tells_her_balance_too(lang: str) -> None:
    chat = await _asked(FakeUnitOfWorkFactory(), lang)

    rejected = await chat.say("guanli", CASES[lang][3], private=True)

    assert chat.private(rejected)["ahua"] == CASES[lang][4]
