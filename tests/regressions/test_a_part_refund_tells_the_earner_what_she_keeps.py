"""Session 28: a part refund (部分退款) told a help-seller her commission was "taken back in proportion"
(`按比例扣回`), though she keeps her rate on what is left, rounded down once (README "The money"). Her
notice now says what was taken back and what she keeps, on what is left of the order's payment."""

from __future__ import annotations

import pytest

from tests.regressions.test_a_part_refund_gives_back_that_amount_once import _held, _help_sold

TOLD = {  # Kim's order #1-1 paid ¥156, Bob help-sells at 10%: ¥15.60
    "zh": (
        "退款 1-1 25.50",
        "你帮卖的 芒果（#1）订单 #1-1 部分退款 ¥25.50，这单给你记的帮卖佣金扣回 ¥2.55，"
        "你留下 ¥13.05（按剩下的 ¥130.50 计）。收益明细发“我的收益”查看。",
        1305,
    ),
    "en": (  # 10% of ¥155.95 is ¥15.595: she keeps ¥15.59, ¥0.01 taken back
        "/refund 1-1 0.05",
        "Order #1-1 of Mangoes (#1), which you help-sell, was refunded in part (¥0.05): ¥0.01 of the "
        "help-sell commission it earned you was taken back, and you keep ¥15.59, your rate on the ¥155.95 "
        "left. Your earnings: /earnings",
        1559,
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_tells_the_help_seller_what_she_keeps(lang: str) -> None:
    family, factory = await _help_sold(lang)
    typed, told, kept = TOLD[lang]

    replies = await family.say("amy", typed)

    assert family.private(replies)["bob"] == told
    assert _held(factory)["commission_pending:bob"] == kept  # what the notice says she keeps
