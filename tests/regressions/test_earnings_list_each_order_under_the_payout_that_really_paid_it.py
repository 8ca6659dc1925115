"""Review 99 #2 and the s41 analysis: with Jack's payout #1 (¥88 for #1-1 and #1-2) paid and payout #2
(¥44 for #1-3) only asked for, `/refund 1-3` left `/earnings` saying #1-2 was "asked for in payout #2",
when payout #1 had paid it: the orders left were handed to the payouts newest first. And after a refund
took back commission already paid out, an order freed later was listed as paid out in that older payout,
while the below-zero line named what was still owed as what the refund took back. Her balance is now
replayed oldest first: each order sits under the payout that really took it, an order freed after such a
refund says what of it made the refund up, the refunded order says where its commission had gone and
what is still owed, and the below-zero line names what the refund really took back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.shared_durian import shared_durian


async def _paid_one_asked_another(refunded: str) -> Chat:
    chat, _ = await shared_durian("en", sharer="jack", collected=(1, 2), buyers=("bob", "dan", "cat"))
    await chat.say("jack", "/payout wechat w8", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)  # ¥88: #1-1 and #1-2
    await chat.say("amy", "/paid 1-3")
    await chat.say("amy", "/pickedup 1-3")
    await chat.say("jack", "/payout wechat w8", private=True)  # ¥44: #1-3, asked for only
    await chat.say("amy", f"/refund {refunded} bad", private=True)
    return chat


async def test_refunding_the_order_of_the_open_payout_leaves_the_others_in_the_paid_one() -> None:
    chat = await _paid_one_asked_another("1-3")

    said = chat.said(await chat.say("jack", "/earnings", private=True))

    assert (
        "#1-3 Durian (Cat): ¥44 taken back, the order was refunded; "
        "the ¥44 taken back had been asked for in payout #2 (not paid yet)\n"
        "#1-2 Durian (Dan): ¥44, paid out to you in payout #1\n"
        "#1-1 Durian (Bob): ¥44, paid out to you in payout #1\n"
    ) in said, said


async def test_refunding_a_paid_out_order_leaves_the_open_payouts_order_in_it() -> None:
    chat = await _paid_one_asked_another("1-1")

    said = chat.said(await chat.say("jack", "/earnings", private=True))

    assert (
        "#1-1 Durian (Bob): ¥44 taken back, the order was refunded; the ¥44 taken back had been paid out "
        "to you in payout #1, and it comes off what you earn next\n"
        "#1-3 Durian (Cat): ¥44, asked for in payout #2, not paid yet\n"
        "#1-2 Durian (Dan): ¥44, paid out to you in payout #1\n"
    ) in said, said
    await chat.say("eve", "/payouts reject 2 over", private=True)  # its ¥44 back: it makes up #1-1's
    said = chat.said(await chat.say("jack", "/earnings", private=True))
    assert (
        "#1-1 Durian (Bob): ¥44 taken back, the order was refunded; the ¥44 taken back had been paid out "
        "to you in payout #1, and later commission made it up\n"
        "#1-3 Durian (Cat): ¥44: ¥44 made up what the refund of #1-1 took back after it was paid out\n"
        "#1-2 Durian (Dan): ¥44, paid out to you in payout #1\n"
    ) in said, said


EARNINGS = {
    "zh": (
        "可提现：-¥22\n"
        "可提现为负：订单 #1-1 退款，扣回了已经提现给你的佣金 ¥44；之后的佣金抵扣了 ¥22，还差 ¥22，"
        "会从你以后的佣金里抵扣。\n"
        "#1-2 Durian（Dan）：¥22：¥22 抵扣了 #1-1 退款扣回的已提现佣金\n"
        "#1-1 Durian（Bob）：¥44 已扣回，订单已退款；扣回的 ¥44 已随提现 #1 付给你，"
        "之后的佣金抵扣了 ¥22，还差 ¥22 会从你以后的佣金里抵扣\n"
        "提现 #1：¥44，已付给你"
    ),
    "en": (
        "Yours to withdraw: -¥22\n"
        "That is below zero: the refund of #1-1 took back ¥44 of commission already paid out to you; "
        "later commission made up ¥22, and the ¥22 left comes off what you earn next.\n"
        "#1-2 Durian (Dan): ¥22: ¥22 made up what the refund of #1-1 took back after it was paid out\n"
        "#1-1 Durian (Bob): ¥44 taken back, the order was refunded; the ¥44 taken back had been paid out "
        "to you in payout #1: later commission made up ¥22, and ¥22 comes off what you earn next\n"
        "Payout #1: ¥44, paid to you"
    ),
}
THEN = {
    "zh": "#1-3 Durian（Cat）：¥44：¥22 抵扣了 #1-1 退款扣回的已提现佣金，¥22 可提现",
    "en": "#1-3 Durian (Cat): ¥44: ¥22 made up what the refund of #1-1 took back after it was paid out, "
    "¥22 yours to withdraw",
}
WORDS = {
    "zh": ("提现 微信 w8", "退款 1-1 坏了", "我的收益"),
    "en": ("/payout wechat w8", "/refund 1-1 bad", "/earnings"),
}


def _rate(factory: FakeUnitOfWorkFactory, bp: int) -> None:
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=bp)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_order_freed_after_a_paid_out_refund_makes_it_up_and_never_dates_the_payout(
    lang: str,
) -> None:
    chat, factory = await shared_durian(lang, sharer="jack", collected=(1,), buyers=("bob", "dan", "cat"))
    payout, refund, earnings = WORDS[lang]
    await chat.say("jack", f"/lang {lang}", private=True)
    await chat.say("jack", payout, private=True)  # ¥44: #1-1
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    await chat.say("amy", refund, private=True)  # ¥44 taken back of the paid payout
    _rate(factory, 2500)
    await chat.say("amy", "/paid 1-2")  # ¥22, freed after the payout was paid
    await chat.say("amy", "/pickedup 1-2")

    said = chat.said(await chat.say("jack", earnings, private=True))

    assert said.endswith(EARNINGS[lang]), said
    _rate(factory, 5000)
    await chat.say("amy", "/paid 1-3")  # ¥44: ¥22 makes the rest up, ¥22 hers
    await chat.say("amy", "/pickedup 1-3")
    said = chat.said(await chat.say("jack", earnings, private=True))
    assert THEN[lang] in said and "-¥" not in said, said
