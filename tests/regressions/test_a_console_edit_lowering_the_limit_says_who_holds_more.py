"""The console's Edit page saved a lowered per-person limit with only "changed": the organiser never
learnt who holds more than it, as the chat's `/edit #1 limit 2` tells her (names and how many, friend
lines counted). The page now says it after the save, in its own language, for the organiser and an admin
alike, and not also in the organiser's private chat (she read it on the page)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

SAID = {
    "en": "#{gid} Rice is changed; the card follows and the chat was told what changed. Rice (#{gid}): 2"
    " members already hold more than the new limit of 2 per person, the lines they signed up for friends"
    " counted: Troll 4, Dee 3. Nothing was taken from them; their next joins count all their lines and"
    " are refused while they are over.",
    "zh": "#{gid} Rice 已修改，团卡已更新，群里已告知改动。Rice（#{gid}）：有 2 人连同帮朋友报的已经超过新的"
    "每人限购 2 份：Troll 4 份、Dee 3 份。没有从他们那里减掉任何份数；"
    "他们之后跟团会把所有份数算在一起，超过限购就报不上。",
}


def _flash(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    assert found, page
    return html.unescape(found.group(1))


@pytest.mark.parametrize(("lang", "as_admin"), [("en", False), ("zh", False), ("zh", True)])
async def test_the_edit_page_names_who_holds_more_than_the_new_limit(
    tmp_path: Path, lang: str, as_admin: bool
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Rice price 10 target 1 stock 20 limit 5")
        await world.say("family", "troll", "+2")
        await world.say("family", "troll", "+2 for A")
        await world.say("family", "bob", "+2")
        await world.say("family", "dee", "+1 for X")
        await world.say("family", "dee", "+2 for Y")
        before = len(await world.outbox_rows())
        who = await world.admin() if as_admin else await world.member("amy")
        who.cookies.set("lang", lang)
        form = await form_of(who, "/group-buys/1/edit")
        saved = await post_form(who, "/group-buys/1/edit", {**form, "limit": "2"})
        assert saved.status_code == 303, field_errors(saved.text)
        page = await who.get(saved.headers["location"])

        assert _flash(page.text) == SAID[lang].format(gid=1)
        told = [row for row in (await world.outbox_rows())[before:] if row["chat_id"] == "amy"]
        assert not any("Troll" in str(row["payload"]) for row in told)


async def test_nobody_over_says_only_changed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Rice price 10 target 1 stock 20 limit 5")
        await world.say("family", "troll", "+1")
        amy = await world.member("amy")
        form = await form_of(amy, "/group-buys/1/edit")
        saved = await post_form(amy, "/group-buys/1/edit", {**form, "limit": "2"})
        page = await amy.get(saved.headers["location"])

        assert _flash(page.text) == "#1 Rice is changed; the card follows and the chat was told what changed."
