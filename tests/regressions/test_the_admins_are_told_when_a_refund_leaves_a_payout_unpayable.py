"""Review 76 (finding 3): Mei asked for ¥10 and a refund then took her commission back; she was told "管理员会
重新处理并私信告诉你", but the admin (`TUAN_ADMINS`) got nothing and found out only by trying to approve it.
Now each admin is told privately, in their own language, which payout, whose, and what changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

WORDS = {
    "en": ("/payout wechat w8", "/lang en"),
    "zh": ("提现 微信 w8", "/lang zh"),
}
TOLD = {
    "en": "⚠️ Payout #1 (Cat, ¥88) is not paid yet: the refund of order #1-2 (Durian) took back ¥44 of Cat's "
    "commission, and Cat's available balance is now -¥44, so it no longer covers the payout. Reject it "
    "(/payouts reject 1): the ¥88 goes back to Cat's balance. Cat was told an admin will decide it again.",
    "zh": "⚠️ 提现 #1（Cat，¥88）还没打款：订单 #1-2（Durian）退款扣回了 Cat 的佣金 ¥44，"
    "Cat 的可提现余额变成 -¥44，这笔提现已不够付。"
    "请拒绝（提现审核 拒绝 1）：¥88 会退回 Cat 的余额。已告诉 Cat 管理员会重新处理。",
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_admin_is_told_in_his_language(language: str) -> None:
    payout, lang = WORDS[language]
    chat, _ = await shared_durian("zh" if language == "en" else "en", sharer="cat")
    await chat.say("eve", lang, private=True)  # the admin's own language, not the shop's
    await chat.say("cat", payout, private=True)

    refunded = await chat.say("amy", "/refund 1-2")

    told = chat.private(refunded)
    assert told["eve"] == TOLD[language]
    assert "\n" in told["cat"]  # she is still told her payout will be decided again
    assert "⚠️" not in told.get("amy", "")  # the organiser is no admin: her answer says it, as before
