"""Replay review (session 18): ticking two orders in the console's list and posting Cancel asked about
the first only; the other was left out without a word. Cancelling is one order at a time (a page asks
first): several ticked are refused, nothing cancelled, each named."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.api_client import shop
from tests.unit.bot.console.console_client import console_world, token_of


async def test_two_orders_ticked_for_cancel_are_refused_naming_both(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        client = await world.member("amy")
        first, second = f"{s.amy_gid}-1", f"{s.amy_gid}-2"
        data = {"csrf": await token_of(client), f"pick_{first}": "on", f"pick_{second}": "on"}
        sent = await client.post("/orders/cancel", data=data)
        assert sent.status_code == 303 and not sent.headers["location"].startswith("/orders/cancel?")
        page = html.unescape((await client.get(sent.headers["location"])).text)
        assert (
            f"Cancel one order at a time (you ticked #{first}, #{second}): nothing was cancelled. "
            "Use the Cancel order button on its line."
        ) in page
        async with world.app.uow_factory() as uow:
            orders = await uow.orders.for_group_buy(s.amy_gid)
        assert {order.status.value for order in orders} == {"pending_payment"}
