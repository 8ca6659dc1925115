"""Review: pages of closed and cancelled group buys offered actions they cannot take: the Call off page
of a cancelled one (and sending it said it "has closed"), and a closed one's Edit page with every field
editable. A closed or cancelled group buy has no Call off page (its own page says why); a closed one's
Edit page leaves only the pickup and the payment note editable."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

FIELD = re.compile(r'<input id="(\w+)" name="\w+" value="[^"]*" maxlength="\d+"([^>]*)>')


async def test_a_cancelled_group_buy_has_no_call_off_page(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")
        await world.say("family", "amy", f"/cancel #{gid}")
        client = await world.member("amy")
        page = await client.get(f"/group-buys/{gid}/cancel")
        assert page.status_code == 303 and page.headers["location"] == f"/group-buys/{gid}"
        shown = html.unescape((await client.get(page.headers["location"])).text)
        assert f"#{gid} Mangoes is cancelled already: there is nothing to call off." in shown
        sent = await post_form(client, f"/group-buys/{gid}/cancel", {"confirm": "yes"})
        assert sent.status_code == 303
        shown = html.unescape((await client.get(sent.headers["location"])).text)
        assert "is cancelled already" in shown and "has closed" not in shown


async def test_a_closed_group_buy_edits_only_pickup_and_payment(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        client = await world.member("amy")
        assert (await client.get(f"/group-buys/{gid}/cancel")).status_code == 303  # no Call off page
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        editable = {name for name, rest in FIELD.findall(page) if " readonly" not in rest}
        assert editable == {"pickup", "payment"}, FIELD.findall(page)
        assert "Only the pickup and the payment note can still be changed." in page
        form = {k: html.unescape(v) for k, v in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
        saved = await client.post(f"/group-buys/{gid}/edit", data={**form, "payment": "cash at pickup"})
        assert saved.status_code == 303, saved.text  # the pickup and payment note still change
