"""Session 9: group buy #20 was opened with options and `tiers 3:-2` (the card: "3+ ¥2 off each"), but
the console's edit form showed Tiers "3:18.00", a price options do not take. The form now shows the
tiers as given and as the card shows them (`3:-2.00`); saving it unchanged changes nothing, and saving
another field keeps them."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_console_tiers_read_back_as_they_were_given(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Mangoes options 3kg:20,5kg:30 tiers 3:-2")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        card = (await world.app.render_card(gid)).text or ""
        client = await world.member("amy")

        async def form() -> dict[str, str]:
            page = (await client.get(f"/group-buys/{gid}/edit")).text
            found = {k: html.unescape(v) for k, v in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
            found.pop("csrf")
            return found

        loaded = await form()
        assert loaded["tiers"] == "3:-2.00"
        unchanged = await post_form(client, f"/group-buys/{gid}/edit", loaded)
        assert "Nothing was changed: change a field, then save." in unchanged.text
        assert (await world.app.render_card(gid)).text == card
        saved = await post_form(client, f"/group-buys/{gid}/edit", {**loaded, "limit": "5"})
        assert saved.status_code == 303, saved.text
        assert (await form())["tiers"] == "3:-2.00"
        assert "¥2" in ((await world.app.render_card(gid)).text or "")
