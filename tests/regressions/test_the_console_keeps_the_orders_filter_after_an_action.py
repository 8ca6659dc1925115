"""Review: after 已收 (Mark paid) or 退款 (Refund) on `/orders?group_buy=6` the console went back to the
whole unfiltered `/orders` when the form came without its hidden `back` field (a form posted to the
button's own address, or from a page that keeps only what it sees). The buttons' addresses now carry
the filter, and a post without either returns to the filtered page it came from (its Referer)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import BASE, console_world, post_form


async def test_mark_paid_and_refund_return_to_the_filtered_orders(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        mangoes = await world.open_group_buy("family", "amy", "Mangoes", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        plums = await world.open_group_buy("family", "amy", "Plums", target=5)
        await world.say("family", "dan", f"+1 #{plums}")
        client = await world.member("amy")
        filtered = f"/orders?group_buy={mangoes}"
        page = (await client.get(filtered)).text
        paid_at = html.unescape(re.findall(r'formaction="(/orders/paid[^"]*)"', page)[0])
        assert paid_at == f"/orders/paid?group_buy={mangoes}"
        response = await post_form(client, paid_at, {"order": f"{mangoes}-1"})  # no `back` field
        assert response.status_code == 303 and response.headers["location"] == filtered
        shown = (await client.get(response.headers["location"])).text
        assert f"Marked paid: #{mangoes}-1 Bob." in shown and "Dan" not in shown  # still Mangoes only
        refund = await post_form(client, "/orders/refund", {"order": f"{mangoes}-1", "confirm": "yes"})
        assert refund.headers["location"] == "/orders"  # nothing says where it came from: the whole list
        page = (await client.get(filtered)).text
        token = re.findall(r'name="csrf" value="([^"]*)"', page)[0]
        refund = await client.post(
            "/orders/refund",
            data={"csrf": token, "order": f"{mangoes}-2", "confirm": "yes"},
            headers={"referer": f"{BASE}{filtered}"},
        )
        assert refund.status_code == 303 and refund.headers["location"] == filtered
        assert "Dan" not in (await client.get(refund.headers["location"])).text
