"""s31's closing note: an admin's console change of a help-selling group's own pickup told the organiser
`管理员 在管理后台改了…`, without the admin's console login, while her other notices of what an admin did
in the console name it (`管理员 dan 修改了你的…`, `管理员 dan 截单了你的…`). Now it names it to her; the
help-seller, who is not the organiser, still reads `管理员`, as buyers do (a login is said to her alone)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from tests.unit.bot.console.console_client import console_world, post_form


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


async def test_the_organiser_is_told_which_admin_changed_her_help_sellers_pickup(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Apples price 20 target 1")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "amy", "/helpsell on 10%")
        await world.say("qun2", "sue", f"帮卖 #{gid}")
        await world.say("qun2", "sue", f"自提 #{gid} 2号楼大堂")
        client = await world.admin("dan")
        form = await _form(client, gid)
        [name] = [name for name in form if name.startswith("pickup_listing_")]
        since = len(await world.outbox_rows())

        response = await post_form(client, f"/group-buys/{gid}/edit", {**form, name: "四号楼"})

        assert response.status_code == 303, response.text
        told: dict[str, list[str]] = {}
        for row in (await world.outbox_rows())[since:]:
            reply = json.loads(row["payload"])["reply"]
            if reply.get("private_to") and "text" in reply:
                told.setdefault(reply["private_to"], []).append(reply["text"])
        [to_amy] = told["amy"]
        assert to_amy.startswith(
            f"Admin dan changed the pickup of Apples (#{gid}) in “Qun2 Group” from the console"
        ), to_amy
        [to_sue] = told["sue"]
        assert to_sue.startswith("管理员 在管理后台改了 Apples（#"), to_sue
        assert "dan" not in to_sue, to_sue
