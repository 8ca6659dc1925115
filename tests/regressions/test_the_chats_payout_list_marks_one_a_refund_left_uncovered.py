"""Review 35, finding 6: after a refund took back commission, the admin's `提现审核` still listed Cat's
approved payout as "已批准（付款后：提现审核 已付 1）", with nothing saying her balance no longer covered it
(only the console's page did). The chat's list now says so under it, as the console's row does, with
what is left and to reject it; `/payouts paid 1` typed by a Chinese-speaking admin is answered in Chinese
(its words are the command's own, as the list writes them, not hers)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

LISTED = {
    "zh": (
        "提现审核",
        "#1 Cat：¥88，打到 微信 w8，已批准（付款后：提现审核 已付 1）\n"
        "⚠️ 余额已不够付这笔：之后有订单退款扣回了佣金，Cat 的可提现余额是 -¥44，现在只剩 ¥44 可付。"
        "请拒绝（提现审核 拒绝 1），不要批准或标记已付：¥88 会退回 Cat 的余额，Cat 可以重新申请 ¥44。",
    ),
    "en": (
        "/payouts",
        "#1 Cat: ¥88 to WeChat w8, approved (/payouts paid 1 once paid)\n"
        "⚠️ The balance no longer covers this: a refund since took commission back, leaving Cat's available "
        "balance at -¥44; only ¥44 is left to pay. Reject it (/payouts reject 1; do not approve it or mark "
        "it paid): the ¥88 goes back to Cat's balance and Cat can ask again for ¥44.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_chats_payout_list_marks_one_a_refund_left_uncovered(lang: str) -> None:
    chat, _ = await shared_durian(lang, sharer="cat", payout_minimum=10)  # Cat: ¥44 on each of two orders
    await chat.say("cat", "提现 微信 w8" if lang == "zh" else "/payout wechat w8", private=True)
    await chat.say("eve", "提现审核 批准 1" if lang == "zh" else "/payouts approve 1", private=True)
    listed, item = LISTED[lang]
    assert "⚠️" not in chat.said(await chat.say("eve", listed, private=True))  # covered: nothing to say

    await chat.say("amy", "/refund 1-2")

    assert chat.said(await chat.say("eve", listed, private=True)).endswith("\n" + item)


async def test_payouts_paid_typed_by_a_chinese_admin_is_answered_in_chinese() -> None:
    chat, _ = await shared_durian("zh", sharer="cat", payout_minimum=10)
    await chat.say("cat", "提现 微信 w8", private=True)
    await chat.say("eve", "提现审核 批准 1", private=True)
    await chat.say("amy", "/refund 1-2")

    refused = chat.said(await chat.say("eve", "/payouts paid 1", private=True))

    assert refused.startswith("提现 #1（Cat）申请 ¥88，但之后有订单退款扣回了佣金"), refused
    worded = chat.said(await chat.say("eve", "/payouts reject 1 a refund", private=True))
    assert worded.startswith("Payout #1 to Cat (¥88) rejected"), worded  # her English words: English
