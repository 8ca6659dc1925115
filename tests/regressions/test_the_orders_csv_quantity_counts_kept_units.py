"""Review 82 #12: the orders CSV's Quantity total counted units differently from one group buy to the next:
on one refunded by units (`/refund 1-1 small 1`) it counted the refunded unit too (`3`, with `Refunded
units 1` beside it), while a whole refunded order's units were left out. Now Quantity, on each line and in
the total, is the units kept; the units refunded by a part refund are in Refunded units, and a refunded
order is named under the totals, as before."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_quantity_is_the_units_kept_on_every_line_and_in_the_total(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/lang en")
        await world.say("family", "amy", "/groupbuy Bubble Tea options small:10,large:15 target 2")
        await world.say("family", "hal", "/join 2 small")
        await world.say("family", "fay", "/join 1 large")
        await world.say("family", "gus", "/join 3 small")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1 1-2 1-3")
        await world.say("family", "amy", "/refund 1-1 small 1 one was crushed")  # 1 of Hal's 2 units
        await world.say("family", "amy", "/refund 1-3")  # Gus's whole order
        client = await world.admin()
        response = await client.get("/export/orders.csv", headers={"accept-language": "en"})

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[5] == "Quantity" and header[-1] == "Refunded units"
    by_order = {row[1]: row for row in rows[1:] if len(row) > 1 and row[1].startswith("#1-")}
    assert (by_order["#1-1"][5], by_order["#1-1"][-1]) == ("1", "1")  # Hal keeps 1, 1 refunded
    assert (by_order["#1-2"][5], by_order["#1-2"][-1]) == ("1", "")
    total = next(row for row in rows if row and row[0] == "Total")
    assert (total[5], total[-1]) == ("2", "1")  # kept: Hal's 1 and Fay's 1; Gus's refunded order is out
