"""The edit form answers a refused price beside the price field (above the maximum, or the group buy
closed meanwhile), and a stock too large says the upper limit, not "at least 1"."""

from __future__ import annotations

import html
import re
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


def _beside(page: str, field: str) -> str:
    found = re.search(rf'<p id="{field}-error" class="field-error">([^<]*)</p>', page)
    return html.unescape(found.group(1)) if found else ""


async def test_a_price_above_the_maximum_is_answered_beside_the_price(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    client = await world.member("amy")
    answer = await post_form(
        client, f"/group-buys/{gid}/edit", {**await _form(client, gid), "price": "99999999"}
    )
    assert answer.status_code == 422
    assert _beside(answer.text, "price").startswith(
        "A unit price of ¥99,999,999 is above the maximum of ¥100,000"
    )
    assert 'class="error" role="alert"' not in answer.text  # nothing above the form
    assert (await _form(client, gid))["price"] == "10.00"


async def test_a_closed_group_buys_price_change_is_answered_beside_the_price(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    client = await world.member("amy")
    form = await _form(client, gid)
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "/close")
    answer = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "5"})
    assert answer.status_code == 422
    assert _beside(answer.text, "price") == (
        f"Group buy #{gid} (Mangoes) has closed, so its price and other terms stay as they are: nothing was "
        "changed. Its pickup and payment note can still change in this form."
    )
    assert 'class="error" role="alert"' not in answer.text


async def test_a_stock_too_large_says_the_upper_limit(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    client = await world.member("amy")
    form = await _form(client, gid)
    for stock in ("2147483648", "999901"):
        answer = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": stock})
        assert answer.status_code == 422
        assert _beside(answer.text, "stock") == (
            f"Stock must be a whole number from 1 to 999900 (you wrote {stock}): write one in Stock, "
            "e.g. 50, or leave it empty for no cap."
        ), stock
