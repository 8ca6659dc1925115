"""Review: the console's Edit with limit `0` on a group buy someone had joined said "The limit can't go
below what someone already holds…", and without joiners "must be from 1 to 9999". Zero is now checked
first: the same "from 1 to 9999" both ways, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

RANGE = (
    "The limit per person must be a whole number from 1 to 9999 (you wrote 0): write one in Limit per "
    "person, e.g. 3, or leave it empty for no limit."
)


async def test_limit_zero_is_out_of_range_with_or_without_joiners(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        joined = await world.open_group_buy("family", "amy", "Mangoes", target=3)
        await world.say("family", "bob", "+2")
        empty = await world.open_group_buy("family", "amy", "Plums", target=3)
        client = await world.member("amy")
        for gid in (joined, empty):
            page = (await client.get(f"/group-buys/{gid}/edit")).text
            form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
            form.pop("csrf")
            before = len(await world.outbox_rows())
            response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "limit": "0"})
            assert response.status_code == 422, gid
            said = dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', response.text))
            assert html.unescape(said.get("limit", "")) == RANGE, said
            assert len(await world.outbox_rows()) == before
