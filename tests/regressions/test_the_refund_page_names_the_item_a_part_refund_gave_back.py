"""rep78 #11: order #1-2 (大盒 ×1 + 小盒 ×1, ¥50) had its 大盒 refunded; the console's refund page read
only `#1-2 粽子：Li，¥50 · 已退 ¥30 · 可退 ¥20`, and the orders list's 大盒 row
`大盒 1 ¥30（订单 ¥50，已退 ¥30）`, as if the box were still held. Both now name it:
`大盒 ×1 已退 ¥30`; the 小盒 row names no refund."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

LINE = {
    "zh": "Bob，¥50 · large ×1 已退 ¥30 · 可退 ¥20",
    "en": "Bob, ¥50 · large ×1 refunded ¥30 · ¥20 left to refund",
}

# the orders list: the unit given back said on its own row's quantity, each row's net first (rep91 #2, #8:
# it said `¥30（订单 ¥50，large ×1 已退 ¥30）`, a row's gross beside the item guessed from the amount)
ITEM = {"zh": "1（已退 1 份）", "en": "1 (1 refunded)"}
ROW = {"zh": "¥0（订单 ¥50，已退 ¥30）", "en": "¥0 (order ¥50, ¥30 refunded)"}
KEPT = {"zh": "¥20（订单 ¥50，已退 ¥30）", "en": "¥20 (order ¥50, ¥30 refunded)"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_refund_page_names_the_item_a_part_refund_gave_back(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Zongzi options large:30,small:20 ends 3d")
        await world.say("family", "bob", "+1 large")
        await world.say("family", "bob", "+1 small")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")
        await world.say("family", "amy", "/refund 1-1 large 1")
        client = await world.admin()
        client.cookies.set("lang", lang)

        form = html.unescape((await post_form(client, "/orders/refund", {"order": "1-1"})).text)

        assert LINE[lang] in form, form
        listed = html.unescape((await client.get("/orders")).text)
        assert ITEM[lang] in listed, listed
        assert ROW[lang] in listed and KEPT[lang] in listed and "small ×1" not in listed
