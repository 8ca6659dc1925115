"""Session 8: in the console's edit form a price above the maximum, or a price change of a group buy
that had closed, was said at the top of the form, not beside the price; a stock of 2147483648 was
told "at least 1". Now both are beside their field, and the stock's message says its upper limit."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_a_refused_price_is_answered_beside_it(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        client = await world.member("amy")
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        form = {k: html.unescape(v) for k, v in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
        form.pop("csrf")
        high = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "99999999"})
        assert '<p id="price-error" class="field-error">A unit price of ¥99,999,999 is above' in high.text
        stock = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "2147483648"})
        assert (
            '<p id="stock-error" class="field-error">Stock must be a whole number from 1 to 999900'
            in stock.text
        )
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        closed = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "5"})
        assert f'<p id="price-error" class="field-error">Group buy #{gid} (Mangoes) has closed' in closed.text
