"""Review s19 #12: Jack's share commission was paid out, then the order it came from was refunded: his
`/earnings` said "Yours to withdraw: -¥44", and `/payout` answered "You have no commission to pay out yet.",
hiding that he owes it back (netted against the commission he earns next) and reading as if he never
had any. Now `/payout` says his balance and that it comes off what he earns next (with commission
pending, off that first); "no commission yet" stays for someone who never had any."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.shared_durian import shared_durian


async def _paid_out_then_refunded(language: str, *, pending: bool = False) -> Chat:
    chat, _ = await shared_durian(language, sharer="jack", collected=(1,))
    await chat.say("jack", "/payout wechat w8", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    await chat.say("amy", "/refund 1-1")
    if pending:
        await chat.say("amy", "/paid 1-2")  # ¥44 more, pending until Dan picks up
    return chat


@pytest.mark.parametrize(
    ("language", "payout", "expected"),
    [
        (
            "en",
            "/payout wechat w8",
            "Your available commission is -¥44: a refund took back commission "
            "already paid out to you. It comes off the commission you earn next (/earnings); nothing "
            "was requested.",
        ),
        (
            "zh",
            "提现 微信 w8",
            "你的可提现佣金是 -¥44：有订单退款，扣回了已经提现给你的佣金。"
            "这笔会从你以后的佣金里抵扣（发“我的收益”查看），没有提交申请。",
        ),
    ],
)
async def test_a_payout_after_a_paid_out_commission_was_taken_back_says_the_balance(
    language: str, payout: str, expected: str
) -> None:
    chat = await _paid_out_then_refunded(language)

    assert chat.said(await chat.say("jack", payout, private=True)) == expected
    asked = payout.replace(" ", " 20 ", 1)  # `/payout 20 wechat w8`: an amount asked, the same account
    assert chat.said(await chat.say("jack", asked, private=True)) == expected


@pytest.mark.parametrize(
    ("language", "payout", "expected"),
    [
        (
            "en",
            "/payout wechat w8",
            "Your available commission is -¥44: a refund took back commission "
            "already paid out to you. It comes off the ¥44 held when that frees, then "
            "off what you earn next (/earnings); nothing was requested.",
        ),
        (
            "zh",
            "提现 微信 w8",
            "你的可提现佣金是 -¥44：有订单退款，扣回了已经提现给你的佣金。"
            "这笔会先从待入账的 ¥44 转为可提现时抵扣，不够的再从以后的佣金里抵扣"
            "（发“我的收益”查看），没有提交申请。",
        ),
    ],
)
async def test_with_commission_pending_it_says_that_comes_off_first(
    language: str, payout: str, expected: str
) -> None:
    chat = await _paid_out_then_refunded(language, pending=True)

    assert chat.said(await chat.say("jack", payout, private=True)) == expected


async def test_someone_who_never_had_any_still_has_none_yet() -> None:
    chat = fake_chat()

    assert chat.said(await chat.say("dan", "提现 微信 w8", private=True)) == (
        "你还没有可提现的佣金。\n收款账号 微信 ···8 已记下：有可提现的佣金后，只发“提现”就打到这里。"
    )
