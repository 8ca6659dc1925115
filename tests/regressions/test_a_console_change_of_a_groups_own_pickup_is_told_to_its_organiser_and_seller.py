"""rep48 #4: an admin's console change of a help-selling group's own pickup (qun2's field to `四号楼`) told
neither the organiser nor the help-seller, and moved that group's time from Sue's 17:00 to the group buy's
18:00 unseen. Both are now told privately (as the chat command would), and a place alone keeps the
group's own time."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

TUE_5PM = "11月24日 周二 17:00"


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


async def _private(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("private_to") and "text" in reply:
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


async def test_a_console_change_of_a_groups_own_pickup_is_told_to_its_organiser_and_seller(
    tmp_path: Path,
) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 苹果 价格 20 成团 1")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "amy", "自提 北门 明天下午6点")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("qun2", "sue", f"帮卖 #{gid}")
        await world.say("qun2", "sue", f"自提 #{gid} 2号楼大堂 明天下午5点")
        client = await world.admin("dan")
        form = await _form(client, gid)
        [name] = [name for name in form if name.startswith("pickup_listing_")]
        since = len(await world.outbox_rows())

        response = await post_form(client, f"/group-buys/{gid}/edit", {**form, name: "四号楼"})

        assert response.status_code == 303, response.text
        assert (await _form(client, gid))[name] == "四号楼 · Tue 24 Nov 17:00"  # her time kept
        told = await _private(world, since)
        said = (
            f"在管理后台改了 苹果（#{gid}）在「Qun2 Group」的自提："
            f"四号楼 · {TUE_5PM}（原 2号楼大堂 · {TUE_5PM}）。"
        )
        assert told.get("amy") == [f"管理员 dan {said}"], told  # the organiser: the console login (s32)
        assert told.get("sue") == [f"管理员 {said}"], told
