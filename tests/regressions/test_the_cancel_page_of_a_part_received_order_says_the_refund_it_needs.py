"""Review 98 #8: 取消订单 on #1-2 (¥40 of ¥60 recorded received, 只收到) opened a page reading
`订单 #1-2（Cat，¥60）还没付款。…此操作无法撤销。`; confirming it was then refused as that money would go
unrecorded. The page now says what was received and that it is to be refunded first, offering that
order's Refund (its refund form), with no Cancel to press; a plain unpaid order's page no longer says it
cannot be undone (its row's Restore order brings it back)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

HELD = {
    "zh": "订单 #1-1（Bob，¥30）还没付清：记过只收到 ¥10。取消会让这笔钱没有记录，所以现在还不能取消："
    "先把 ¥10 退给 Bob，点下面的“退款”记下，再取消。",
    "en": "Order #1-1 of Bob (¥30) is not paid in full: ¥10 of it is recorded as received. Cancelling would"
    " lose the record of that money, so it cannot be cancelled yet: give the ¥10 back to Bob and record it"
    " with Refund below, then cancel it.",
}
PLAIN = {
    "zh": "订单 #1-2（Cat，¥30）还没付款。取消后不再计入待收款，并私信告诉买家。"
    "如有需要，之后可以在订单页这一行点“恢复订单”恢复。",
    "en": "Order #1-2 of Cat (¥30) is not paid. Cancelling it drops it: it is no longer owed, and the buyer"
    " is told privately. If need be, Restore order on its row on the Orders page brings it back.",
}
REFUND_LISTED = {"zh": "#1-1 粽子：Bob，¥30，还没付清 · 只收到 ¥10 · 可退 ¥10", "en": "#1-1"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_cancel_page_of_a_part_received_order_says_the_refund_it_needs(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 价格 30 成团 1")
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "只收到 1-1 10")
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        asked = await post_form(client, "/orders/cancel", {"order": "1-1"})
        page = html.unescape((await client.get(asked.headers["location"])).text)
        assert HELD[lang] in page, page
        assert 'action="/orders/refund"' in page
        assert 'name="confirm" value="yes"' not in page  # no Cancel that would be refused
        assert "无法撤销" not in page and "cannot be undone" not in page

        refund = html.unescape((await post_form(client, "/orders/refund", {"order": "1-1"})).text)
        assert REFUND_LISTED[lang] in refund  # its Refund opens that order's refund form

        plain = await post_form(client, "/orders/cancel", {"order": "1-2"})
        other = html.unescape((await client.get(plain.headers["location"])).text)
        assert PLAIN[lang] in other, other
        assert re.search(r'name="confirm" value="yes"', other)
