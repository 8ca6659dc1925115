"""rep65 #6: 王姐's group buy closed on its deadline; she got her summary and each buyer an order, but
小李, who help-sold it in 公司群, heard nothing until the first `已收`. Each help-seller is now told
privately, in one message in her language, that it closed with her group's own orders and units and
the commission they come to once paid (so is an organiser's `截单`). Chinese and English."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import sue_help_sells

SAID = {
    "zh": {
        "opening": "接龙 芒果 价格 78 成团 1 截止 2小时",
        "rate": "帮卖 开 10%",
        "listing": "帮卖 #1",
        "one": "+1",
        "two": "+2",
        "close": "截单",
        "told": "📦 你帮卖的 芒果（#1）截单了，已成团：公司群 2 个订单、3 份。"
        "买家付款、团长确认收款后，记给你的佣金约 ¥23.40（发“我的收益”查看）。",
    },
    "en": {
        "opening": "/groupbuy Mangoes price 78 target 1 ends 2h",
        "rate": "/helpsell on 10%",
        "listing": "/helpsell #1",
        "one": "/join",
        "two": "/join 2",
        "close": "/close",
        "told": "📦 Mangoes (#1), which you help-sell, has closed and succeeded: 2 orders, 3 units in 公司群."
        " Once the buyers pay and the organiser confirms it, your commission comes to about ¥23.40"
        " (see /earnings).",
    },
}


async def _closed(lang: str, *, by_deadline: bool) -> list[str]:
    said, clock = SAID[lang], FakeClock()
    family, office = await sue_help_sells(lang, said, factory=FakeUnitOfWorkFactory(), clock=clock)
    await family.say("bob", said["one"])
    await office.say("qiang", said["one"])
    await office.say("lao", said["two"])
    if by_deadline:
        clock.advance(hours=3)
        replies = await family.app.expire(1)
    else:
        replies = await family.say("amy", said["close"])
    return [reply.text for reply in replies if reply.private_to == "sue" and reply.text]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("by_deadline", [True, False])
async def test_a_help_seller_hears_her_groups_figures_at_the_close(lang: str, by_deadline: bool) -> None:
    assert await _closed(lang, by_deadline=by_deadline) == [SAID[lang]["told"]]
