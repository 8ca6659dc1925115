"""Bob help-sells Berries in the office group and shared it to Dan (¥75 by his code at 5%, ¥40 made in his
group at 10%: ¥4 help-sell, ¥3.75 share commission). A ¥0.01 part refund takes back ¥0.01 of it,
split between the two roles in proportion: his notice read `（帮卖佣金 ¥0、分享佣金 ¥0.01）`. A ¥0 part is
now left out."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import berries_help_sold_and_shared

PAID_THEN_REFUND = {
    "zh": ("已收 1-1", "退款 1-1 0.01 少了一颗"),
    "en": ("/paid 1-1", "/refund 1-1 0.01 one short"),
}
PART = {
    "zh": "你帮卖、也分享带来的 草莓（#1）订单 #1-1 部分退款 ¥0.01，"
    "这单给你记的佣金扣回 ¥0.01（分享佣金 ¥0.01），你留下 ¥7.74（按剩下的 ¥114.99 计）。",
    "en": "Order #1-1 of Berries (#1), which you help-sell and shared to its buyer, was refunded in part"
    " (¥0.01): ¥0.01 of the commission it earned you was taken back (¥0.01 sharer's commission), and you"
    " keep ¥7.74, in proportion to the ¥114.99 left.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_names_only_the_part_it_took_back(lang: str) -> None:
    paid, refund = PAID_THEN_REFUND[lang]
    family, _ = await berries_help_sold_and_shared(lang)
    await family.say("amy", paid, private=True, language=lang)

    replies = await family.say("amy", refund, private=True, language=lang)
    to_bob = "\n".join(r.text for r in replies if r.private_to == "bob" and r.text)

    assert PART[lang] in to_bob, to_bob
    assert "¥0、" not in to_bob and "¥0 help-sell" not in to_bob
