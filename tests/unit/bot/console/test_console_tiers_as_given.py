"""The console's edit form shows a group buy's tiers as they were given and as its card shows them: with
options (多规格) a discount per unit (`3:-2`, the card's "3+ ¥2 off each"), not the price it comes to;
saving the form unchanged changes nothing."""

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


async def _opened(world: ConsoleWorld, text: str) -> int:
    [gid] = [int(r.card_of) for r in await world.say("family", "amy", text) if r.card_of]
    return gid


async def test_option_tiers_show_as_the_discount_given_and_survive_an_unchanged_save(
    world: ConsoleWorld,
) -> None:
    gid = await _opened(world, "/groupbuy Mangoes options 3kg:20,5kg:30 tiers 3:-2,10:-5")
    card = (await world.app.render_card(gid)).text or ""
    client = await world.member("amy")
    form = await _form(client, gid)

    assert form["tiers"] == "3:-2.00,10:-5.00"
    assert "¥2" in card and "¥5" in card and "¥18" not in card
    since = len(await world.outbox_rows())
    unchanged = await post_form(client, f"/group-buys/{gid}/edit", form)
    assert "Nothing was changed: change a field, then save." in unchanged.text
    assert len(await world.outbox_rows()) == since  # nobody told
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "40"})
    assert response.status_code == 303, response.text
    assert (await _form(client, gid))["tiers"] == "3:-2.00,10:-5.00"
    after = (await world.app.render_card(gid)).text or ""
    assert "¥2" in after and "¥5" in after and "¥18" not in after


async def test_price_tiers_show_as_prices_as_the_card_does(world: ConsoleWorld) -> None:
    gid = await _opened(world, "/groupbuy Plums price 20 tiers 3:-2,10:15")
    card = (await world.app.render_card(gid)).text or ""
    client = await world.member("amy")
    form = await _form(client, gid)

    assert form["tiers"] == "3:18.00,10:15.00"
    assert "¥18" in card and "¥15" in card
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "40"})
    assert response.status_code == 303, response.text
    assert (await _form(client, gid))["tiers"] == "3:18.00,10:15.00"
