"""Review: the console's Edit with limit `0` on a group buy someone had joined said "The limit can't go
below what someone already holds…", and without joiners "must be from 1 to 9999". Since session 42 a
limit of `0` is no limit, as the chat's `/edit #1 limit 0`
(test_the_consoles_limit_of_zero_is_no_limit_as_the_chats): typed where there is none, joiners or
not, the page says there was none already, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

ALREADY = "There was no limit per person already (0 or an empty field means no limit); nothing was changed."


async def test_limit_zero_where_there_is_none_changes_nothing_with_or_without_joiners(tmp_path: Path) -> None:
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
            assert response.status_code == 303, gid
            shown = html.unescape((await client.get(response.headers["location"])).text)
            assert ALREADY in shown
            assert len(await world.outbox_rows()) == before
