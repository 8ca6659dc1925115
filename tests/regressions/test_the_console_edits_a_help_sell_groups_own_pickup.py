"""帮卖 (s28): the console's edit form showed and set only the group buy's own pickup; a group listing it
with its own pickup (`自提 #1 …` there) could be changed only in that chat. The form now shows each such
group's pickup in a field of its own, and the organiser or an admin may change or empty it there (emptied:
the group reads the group buy's pickup again), checked as `自提 #1 …` is, that group told."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, field_errors, post_form

TUE_5PM = "11月24日 周二 17:00"


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


async def _told(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if "text" in reply and not reply.get("private_to"):
            told.setdefault(row["chat_id"], []).append(reply["text"])
    return told


async def _listed(world: ConsoleWorld) -> tuple[int, str]:
    """Amy's 苹果 (pickup 北门 tomorrow 18:00) help-sold by Sue in qun2, whose own pickup is 2号楼大堂."""
    replies = await world.say("family", "amy", "接龙 苹果 价格 20 成团 1")
    gid = int(next(r.card_of for r in replies if r.card_of))
    await world.say("family", "amy", "自提 北门 明天下午6点")
    await world.say("family", "amy", "帮卖 开 10%")
    await world.say("qun2", "sue", f"帮卖 #{gid}")
    await world.say("qun2", "sue", f"自提 #{gid} 2号楼大堂 明天下午5点")
    client = await world.member("amy")
    [name] = [name for name in await _form(client, gid) if name.startswith("pickup_listing_")]
    return gid, name


@pytest.mark.parametrize("by", ["amy", "dan"])
async def test_the_form_shows_and_changes_the_groups_own_pickup(tmp_path: Path, by: str) -> None:
    async with console_world(tmp_path) as world:
        gid, name = await _listed(world)
        client = await world.admin("dan") if by == "dan" else await world.member("amy")
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        assert "Pickup (Qun2 Group)" in page, page
        form = await _form(client, gid)
        assert form[name] == "2号楼大堂 · Tue 24 Nov 17:00"
        since = len(await world.outbox_rows())

        response = await post_form(
            client, f"/group-buys/{gid}/edit", {**form, name: "3号楼大堂 · Tue 24 Nov 17:00"}
        )

        assert response.status_code == 303, response.text
        told = await _told(world, since)
        assert told["qun2"] == [
            f"🛒 苹果（#{gid}）\n自提改为 3号楼大堂 · {TUE_5PM}（原 2号楼大堂 · {TUE_5PM}）"
        ], told
        assert "family" not in told, told  # the group buy's own pickup did not move
        assert (await _form(client, gid))[name] == "3号楼大堂 · Tue 24 Nov 17:00"
        assert "自提：北门 · 11月24日 周二 18:00" in ((await world.app.render_card(gid)).text or "")


async def test_an_emptied_field_gives_the_group_the_group_buys_pickup_again(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid, name = await _listed(world)
        client = await world.member("amy")
        since = len(await world.outbox_rows())

        response = await post_form(client, f"/group-buys/{gid}/edit", {**await _form(client, gid), name: ""})

        assert response.status_code == 303, response.text
        told = await _told(world, since)
        assert told["qun2"] == [
            f"🛒 苹果（#{gid}）\n自提改为 北门 · 11月24日 周二 18:00（原 2号楼大堂 · {TUE_5PM}）"
        ], told
        assert name not in await _form(client, gid)  # no pickup of its own any more


async def test_a_time_before_the_deadline_is_refused_beside_it_and_nothing_changes(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid, name = await _listed(world)
        client = await world.member("amy")
        since = len(await world.outbox_rows())
        form = await _form(client, gid)

        response = await post_form(
            client, f"/group-buys/{gid}/edit", {**form, name: "3号楼大堂 · Tue 24 Nov 09:00", "stock": "30"}
        )

        assert response.status_code == 422
        error = field_errors(response.text).get(name, "")
        assert "would come before the close, so nothing was changed" in error, error
        assert await _told(world, since) == {}
        after = await _form(client, gid)
        assert after[name] == "2号楼大堂 · Tue 24 Nov 17:00" and after["stock"] == form["stock"]
