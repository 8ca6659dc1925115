"""rep91 #2 and #8: on the console's Orders page, Cat's #1-4 (1 小盒 ¥15 + 2 大盒 ¥70, refunded
`退款 1-4 小盒 1` and `退款 1-4 ¥20`) read `¥70 · 大盒 ×1 已退 ¥35` on its 大盒 row (no 大盒 was refunded:
¥35 is a 大盒's price) and `¥15（订单 ¥85，已退 ¥35）` on its 小盒 row, whose only unit went back: the
first amount a row's gross here, an order's net there. Each row of such an order now says its own net
first (its units kept less its share of what went back by amount), the order's total and refunds beside
it, and no refund is put on an option by its price."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_each_row_says_its_net_and_the_refund_stays_on_its_option(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 规格 大盒:35,小盒:15")
        await world.say("family", "cat", "小盒+1")
        await world.say("family", "cat", "大盒+2")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1")
        await world.say("family", "amy", "退款 1-1 小盒 1份 坏了", private=True)
        await world.say("family", "amy", "退款 1-1 ¥20 晚到了", private=True)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        page = html.unescape((await client.get("/orders?group_buy=1")).text)

    assert "大盒 ×1 已退" not in page
    assert "¥0（订单 ¥85，已退 ¥35）" in page  # the 小盒 row: its only unit went back
    assert "¥50（订单 ¥85，已退 ¥35）" in page  # the 大盒 row: ¥70 less the ¥20 by amount
    assert "¥15（订单 ¥85" not in page
