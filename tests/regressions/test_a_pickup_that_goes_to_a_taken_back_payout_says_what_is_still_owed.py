"""Review 99 #3: with ¥10 of a paid-out payout taken back by a refund, a pickup crediting ¥7.20 told the
sharer `你现在可提现 -¥2.80，满 ¥10 才能申请提现。`, a balance below zero read as one she could withdraw.
A pickup that leaves her below zero now says its commission goes towards what the refund took back and
what she still owes, to come off what she earns next; one that covers it with some left says which part
covered it and what she may withdraw now."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

import pytest

from bot.commission_release import CommissionRelease
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.shared_durian import shared_durian

OWED = {
    "zh": "Cat 已提货（Durian 订单 #1-3）：这单给你的 ¥44 佣金已入账，用来抵扣之前订单退款扣回的、"
    "已经提现给你的佣金；还差 ¥44，会从你以后的佣金里抵扣。",
    "en": "Cat picked up order #1-3 of Durian: your ¥44 commission on it is in, and goes towards the "
    "commission a refund took back after it was paid out to you; you still owe ¥44, which comes off "
    "what you earn next.",
}
COVERED = {
    "zh": "Cat 已提货（Durian 订单 #1-3）：这单给你的 ¥44 佣金已入账，其中 ¥44 抵扣了之前订单退款扣回的、"
    "已经提现给你的佣金。你现在可提现 ¥0，满 ¥10 才能申请提现。",
    "en": "Cat picked up order #1-3 of Durian: your ¥44 commission on it is in; ¥44 of it covers the "
    "commission a refund took back after it was paid out to you. You have ¥0 to withdraw; payouts "
    "start at ¥10.",
}
REFUND = {"zh": "退款 1-{n} 坏了", "en": "/refund 1-{n} bad"}
PAYOUT = {"zh": "提现 微信 w8", "en": "/payout wechat w8"}


async def _paid_out_then_refunded(lang: str, refunded: tuple[int, ...]) -> Chat:
    """Jack's ¥88 payout (#1-1 and #1-2) paid, then `refunded` of those orders refunded."""
    chat, _ = await shared_durian(
        lang, sharer="jack", collected=(1, 2), buyers=("bob", "dan", "cat"), payout_minimum=10
    )
    await chat.say("jack", f"/lang {lang}", private=True)  # the notices' language: his own
    await chat.say("jack", PAYOUT[lang], private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    for n in refunded:
        await chat.say("amy", REFUND[lang].format(n=n), private=True)
    await chat.say("amy", "/paid 1-3")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_pickup_leaving_her_below_zero_says_what_she_still_owes(lang: str) -> None:
    chat = await _paid_out_then_refunded(lang, (1, 2))  # -¥88, then #1-3's ¥44

    told = [r.text for r in await chat.say("amy", "/pickedup 1-3") if r.private_to == "jack"]

    assert told == [OWED[lang]]
    assert all("-¥" not in text for text in told)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_pickup_covering_what_was_taken_back_says_which_part_did(lang: str) -> None:
    chat = await _paid_out_then_refunded(lang, (1,))  # -¥44, then #1-3's ¥44

    told = [r.text for r in await chat.say("amy", "/pickedup 1-3") if r.private_to == "jack"]

    assert told == [COVERED[lang]]


SWEPT = {
    "zh": "你有 ¥44 佣金已入账：订单 #1-3 的待入账期已满。"
    "这笔用来抵扣之前订单退款扣回的、已经提现给你的佣金；还差 ¥44，会从你以后的佣金里抵扣。",
    "en": "¥44 of your commission is now in: the hold on #1-3 has ended. It goes towards the commission a "
    "refund took back after it was paid out to you; you still owe ¥44, which comes off what you earn next.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_holds_sweep_leaving_her_below_zero_says_what_she_still_owes(lang: str) -> None:
    chat = await _paid_out_then_refunded(lang, (1, 2))  # -¥88, then #1-3's ¥44 held
    app = chat.app
    sweep = CommissionRelease(app.uow_factory, app.clock, hold=timedelta(days=7), notices=app)
    cast(FakeClock, app.clock).advance(days=8)

    told = [reply.text for reply in await sweep.told() if reply.private_to == "jack"]

    assert told == [SWEPT[lang]]
