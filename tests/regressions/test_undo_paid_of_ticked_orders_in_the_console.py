"""Task s22 E: the console's orders page had batch buttons for Mark paid, Picked up and Refund, but none
for Undo paid (撤销已收), though its route takes several ticked orders. The page now has "Undo paid for
the ticked orders" (所选订单撤销已收); its flash names the orders undone, as the others do."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

CASES = {
    "en": ("Undo paid for the ticked orders", "Marked not paid: #{gid}-1, #{gid}-2. Each buyer was told."),
    "zh": ("所选订单撤销已收", "已撤销已收：#{gid}-1、#{gid}-2。已改回待付款，并逐一通知了买家。"),
}


def _flash(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">([^<]*)</p>', page)
    assert found, "no flash on the page"
    return html.unescape(found.group(1))


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_ticked_paid_orders_are_undone_in_one_click(tmp_path: Path, lang: str) -> None:
    button, flashed = CASES[lang]
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1 {gid}-2")
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        page = (await client.get("/orders")).text
        assert f'<button type="submit" formaction="/orders/unpaid">{button}</button>' in page

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}
        undone = await post_form(client, "/orders/unpaid", ticked)

        assert undone.status_code == 303
        after = (await client.get(undone.headers["location"])).text
        assert _flash(after) == flashed.format(gid=gid)
        assert after.count('formaction="/orders/paid" name="order"') == 2  # both owed again: Mark paid
