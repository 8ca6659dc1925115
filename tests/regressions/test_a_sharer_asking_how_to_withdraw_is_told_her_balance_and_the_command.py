"""Review 69, finding 2: in private, `can I cash out my commission?` was answered "No note in your groups
answers that…". A plain question about withdrawing (`how do I withdraw?`, `how to withdraw`, `佣金怎么提现`,
`佣金能提现吗`) now says her available balance, the minimum and the exact command to send (to the account
she gave last time when one is kept; below the minimum, for when it reaches it). Nothing is requested."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_payout_of_everything_asks_for_all_that_is_available import _with_earnings
from tests.unit.handlers.shared_durian import shared_durian

HOW_EN = (
    "You have ¥15.60 to withdraw (a payout is at least ¥10). To ask for all of it, send /payout wechat "
    "your-WeChat-ID (or alipay / bank and the account); for part of it, /payout 50 wechat your-WeChat-ID. "
    "The admin pays to that account."
)
HOW_ZH = (
    "你的可提现余额是 ¥15.60（每次提现最低 ¥10）。全部提现发“提现 微信 你的微信号”"
    "（也可以写 支付宝 或 银行卡 加账号），提一部分发“提现 50 微信 你的微信号”，管理员按这个账号打款。"
)


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        ("can I cash out my commission?", HOW_EN),
        ("How do I withdraw?", HOW_EN),
        ("how to withdraw", HOW_EN),
        ("can I withdraw my earnings now?", HOW_EN),
        ("佣金怎么提现", HOW_ZH),
        ("佣金能提现吗？", HOW_ZH),
        ("怎么提现", HOW_ZH),
    ],
)
async def test_a_question_about_withdrawing_says_her_balance_and_the_command(typed: str, told: str) -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _with_earnings(factory)  # dan: ¥15.60 available

    assert room.said(await room.say("dan", typed, private=True)) == told
    assert not factory.state.payouts  # nothing requested


async def test_below_the_minimum_it_says_so_and_what_to_send_then() -> None:
    chat, factory = await shared_durian("en", sharer="mia", payout_minimum=100)  # ¥88 available

    said = chat.said(await chat.say("mia", "can I cash out my commission?", private=True))

    assert said == (
        "You have ¥88 to withdraw; a payout is at least ¥100, so not yet. Once you have ¥100, send "
        "/payout wechat your-WeChat-ID (or alipay / bank and the account)."
    )
    assert not factory.state.payouts


async def test_with_an_account_kept_it_says_where_it_is_paid() -> None:
    chat, _ = await shared_durian("zh", sharer="mia", payout_minimum=10)  # ¥88 available
    await chat.say("mia", "提现 10 微信 mia888", private=True)
    await chat.say("eve", "提现审核 拒绝 1", private=True)  # no account fault: kept

    said = chat.said(await chat.say("mia", "佣金怎么提现", private=True))

    assert said == (
        "你的可提现余额是 ¥88（每次提现最低 ¥10）。全部提现发“提现”，提一部分发“提现 50”，"
        "打到你上次留的收款账号 微信 ···888；要换账号就写上新的，例如“提现 微信 新的微信号”。"
    )


async def test_with_no_commission_it_says_how_it_is_earned() -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())

    said = room.said(await room.say("bob", "how do I withdraw?", private=True))

    assert said.startswith("You have no commission to withdraw yet: you earn it when friends join"), said


@pytest.mark.parametrize("typed", ["can I collect?", "how do I get paid?", "can I withdraw 5 paynow?"])
async def test_other_questions_are_not_read_as_withdrawing(typed: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())

    said = room.said(await room.say("dan", typed, private=True))

    assert "to withdraw" not in said, said
