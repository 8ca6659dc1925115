"""Review 98 #4: the console's refund page of an unpaid order with money recorded received (只收到 ¥40 of
¥60), Amount 10, sent a second time (a double click, back and send again, even with another amount)
answered `#1-2: 现在跟团的人很多，没有任何改动，请再试一次。` after the first had given ¥10 back: the natural
next step, Refund again, would give it back twice. The same form sent again now says it gave ¥10 back
already and gave nothing more, as a paid order's part refund form says it; the order holds ¥30 still."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def _received(world: ConsoleWorld) -> tuple[int, str]:
    """Amy's Mangoes (¥10 each) closed; Cat's order #N-1 of ¥60, Amy recorded only ¥40 received."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "cat", "+6")
    await world.say("family", "amy", "/close")
    await world.say("amy", "amy", f"只收到 {gid}-1 40", private=True)
    return gid, f"{gid}-1"


SAID = {
    "zh": "这张退款表单已经给订单 #{n} 退过 ¥10 了，没有再退。",
    "en": "This refund form already refunded ¥10 of order #{n}: nothing more was refunded.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_refund_form_sent_again_says_it_gave_back_already(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid, number = await _received(world)
        root = await world.admin()
        root.cookies.set("lang", lang)
        page = await post_form(root, "/orders/refund", {"order": number})
        assert page.status_code == 200
        once = re.search(r'name="once" value="([^"]+)"', page.text)
        assert once is not None
        form = {f"pick_{number}": "on", "confirm": "yes", "once": once.group(1), "reason": "坏了一个"}

        first = await post_form(root, "/orders/refund", {**form, "amount": "10"})
        assert first.status_code == 303
        since = len(await world.outbox_rows())
        for amount in ("10", "5"):  # sent again, and again with the amount changed
            again = await post_form(root, "/orders/refund", {**form, "amount": amount})
            assert again.status_code == 303
            shown = flash_of((await root.get("/orders")).text)
            assert shown == SAID[lang].format(n=number), shown
            assert "再试" not in shown and "try again" not in shown

        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "pending_payment" and order.received_amount == 3000  # ¥10 back, once
        told = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]
        # nobody told twice
        assert [reply for reply in told if reply.get("private_to") in ("cat", "amy")] == []
