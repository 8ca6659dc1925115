"""Session 25 (部分退款): once part of an order's money was refunded, every view says it beside the
order's total and counts the money net of it: the organiser's 名单 (`订单 #1-1 共 ¥156（已退 ¥78）`, the
collected money net, `已退款 ¥78`), the export (a last column of what part refunds gave back, and the
money line under it net), the buyer's 我的订单, the organiser's 我的团 (`· 已退款 ¥78`, as 名单's,
rep84 #5), the help-seller's 我的收益 (what is left of her commission, with what was taken back)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold

SAID = {
    "zh": (
        "接龙 芒果 价格 78 截止 2小时",
        "帮卖 开 10%",
        "帮卖 #1",
        "截单",
        "已收 1-1",
        "退款 1-1 ¥78 坏了一盒",
    ),
    "en": (
        "/groupbuy Mangoes price 78 ends in 2 hours",
        "/helpsell on 10%",
        "/helpsell #1",
        "/close",
        "/paid 1-1",
        "/refund 1-1 78 one was bad",
    ),
}
SHOWN = {
    "zh": {
        "名单": (
            "订单 #1-1 共 ¥156（已退 ¥78）",
            "💰 已收 ¥78 · 待收 ¥0 · 已退款 ¥78",
        ),
        "我的订单": ("#1-1 芒果（公司群 · Amy 的团 #1）：2 × ¥78 = ¥156（已退 ¥78） · 已付款",),
        "我的团": ("#1 芒果 · 已成团 · 2 份，1 个订单 · 已收 ¥78，待收 ¥0 · 已退款 ¥78",),
        "我的收益": (
            "#1-1 芒果（Kim）：¥7.80（部分退款扣回 ¥7.80），待入账：Kim 提货后可提现",
            "待入账：¥7.80",
        ),
    },
    "en": {
        "/list": (
            "order #1-1 ¥156 (¥78 refunded)",
            "💰 Collected ¥78 · outstanding ¥0 · refunded ¥78",
        ),
        "/orders": ("#1-1 Mangoes (group buy #1 by Amy in 公司群): 2 × ¥78 = ¥156 (¥78 refunded) · paid",),
        "/mine": (
            "#1 Mangoes · reached its target · 2 units, 1 order · collected ¥78, outstanding ¥0 · "
            "refunded ¥78",
        ),
        "/earnings": (
            "#1-1 Mangoes (Kim): ¥7.80 (¥7.80 taken back by a part refund), held until Kim picks it up",
            "Held: ¥7.80",
        ),
    },
}
WHO = {"名单": "amy", "/list": "amy", "我的团": "amy", "/mine": "amy", "我的订单": "kim", "/orders": "kim"}


def _text(replies: Sequence[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_shows_on_every_view(lang: str) -> None:
    factory = FakeUnitOfWorkFactory()
    opening, rate, listing, close, paid, refund = SAID[lang]
    family, office = await help_sold(
        opening, factory=factory, rate=rate, listing=listing, language=lang, default_language=lang
    )
    await office.say("kim", "+2", language=lang)
    await family.say("amy", close)
    await family.say("amy", paid)
    await family.say("amy", refund)

    for typed, expected in SHOWN[lang].items():
        who = WHO.get(typed, "bob")
        room = office if who in ("kim", "bob") else family
        text = _text(await room.say(who, typed, private=True, language=lang))
        for said in expected:
            assert said in text, (typed, text)

    replies = await family.say("amy", "导出 #1" if lang == "zh" else "/export #1", private=True)
    [sheet] = next(reply.document for reply in replies if reply.document is not None).sheets
    assert sheet.columns[-1].title == ("部分退款" if lang == "zh" else "Part refunded")
    assert [row[-1] for row in sheet.rows] == [7800]
    assert sheet.totals[-1] == 7800
    money = "💰 已收 ¥78" if lang == "zh" else "💰 Collected ¥78"
    assert any(note.startswith(money) for note in sheet.notes), sheet.notes
