"""Session 17 review: a sharer asked to be paid her ¥88 of commission; one of the two orders it came from
was refunded after that, taking ¥44 back (her available balance went to -¥44), and the ¥88 payout could
still be approved and paid: ¥44 more than she earned. Now approving or paying it is refused with what
is left to pay and what to do (reject it: the money goes back, she asks again for what is hers)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_a_payout_larger_than_the_earnings_left_after_a_refund_is_not_approved(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat")
    await chat.say("cat", "/payout wechat w8", private=True)
    await chat.say("amy", "/refund 1-2")

    approve, paid, reject = (
        ("/payouts approve", "/payouts paid", "/payouts reject")
        if language == "en"
        else ("提现审核 批准", "提现审核 已付", "提现审核 拒绝")
    )
    refused = chat.said(await chat.say("eve", f"{approve} 1", private=True))
    if language == "en":
        assert refused == (
            "Payout #1 (Cat) asks for ¥88, but a refund since took commission back, leaving Cat's "
            "available balance at -¥44: only ¥44 is "
            "left to pay. Reject it (/payouts reject 1): the ¥88 goes back to Cat's balance and Cat can "
            "ask again for ¥44. Nothing was changed."
        )
    else:
        assert refused == (
            "提现 #1（Cat）申请 ¥88，但之后有订单退款扣回了佣金，"
            "Cat 的可提现余额已是 -¥44，现在只剩 ¥44 可付。"
            "请先拒绝（提现审核 拒绝 1）：¥88 会退回 Cat 的余额，Cat 可以重新申请 ¥44。没有任何改动。"
        )
    assert chat.said(await chat.say("eve", f"{paid} 1", private=True)) == refused
    assert factory.state.payouts[1].status.value == "requested"
    await chat.say("eve", f"{reject} 1", private=True)
    await chat.say("cat", "/payout wechat w8" if language == "en" else "提现 微信 w8", private=True)
    assert factory.state.payouts[2].amount == 4400
    assert "#2" in chat.said(await chat.say("eve", f"{approve} 2", private=True))
    assert factory.state.payouts[2].status.value == "approved"
