"""Session 21 (C4): a copy (再开一团 / Open again) the console cannot make (its price above a maximum
lowered since) offers New group buy filled in as the copy would have been; that link kept the
original's pickup time, days gone by, so the new form opened with a pickup in the past. It now fills
in a pickup time only while it is still ahead (the place is kept either way), and a deadline likewise
(the copy form's, when it still reads as ahead; none typed: none filled in, never the original's)."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.unit.bot.console.console_client import console_world, post_form


def _filled(page: httpx.Response) -> dict[str, list[str]]:
    link = re.search(r'<a class="button" href="([^"]*)">New group buy</a>', page.text)
    assert page.status_code == 422 and link is not None, page.text
    return parse_qs(urlsplit(html.unescape(link.group(1))).query)


async def test_the_link_fills_in_a_pickup_time_only_while_it_is_ahead(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Mangoes price 100 target 1 ends 2h")
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "amy", "/pickup Gate 3 tomorrow 17:00")
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        world.app.config = dataclasses.replace(world.app.config, max_unit_price=50)
        client = await world.member("amy")
        client.cookies.set("lang", "en")

        soon = _filled(
            await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "3h"})
        )
        world.clock.advance(days=3)  # the pickup, tomorrow 17:00 then, is gone by
        later = _filled(
            await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "3d"})
        )
        none = _filled(await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": ""}))
        new_form = await client.get("/group-buys/new?" + "&".join(f"{k}={v[0]}" for k, v in later.items()))

    assert soon["pickup"] == ["Gate 3 · Tue 24 Nov 17:00"] and soon["deadline"] == ["3h"]
    assert later["pickup"] == ["Gate 3"] and later["deadline"] == ["3d"]
    assert none["pickup"] == ["Gate 3"] and "deadline" not in none
    assert new_form.status_code == 200 and 'value="Gate 3"' in new_form.text
