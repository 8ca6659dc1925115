"""The edit form pre-fills a pickup with its time as the card shows it (`Gate 3 · Tue 24 Nov 17:00`);
saving it with only the time or only the place changed changes only that (the chat told, the card
updated), with no extra `·` and the day and hour read as shown."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


async def _saved(world: ConsoleWorld, client: Any, gid: int, pickup: str) -> list[str]:
    since = len(await world.outbox_rows())
    response = await post_form(
        client, f"/group-buys/{gid}/edit", {**await _form(client, gid), "pickup": pickup}
    )
    assert response.status_code == 303, response.text
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows if row["chat_id"] == "family"]
    return [reply["text"] for reply in replies if "text" in reply]


async def _pickup_line(world: ConsoleWorld, gid: int) -> list[str]:
    card = (await world.app.render_card(gid)).text or ""
    return [line for line in card.splitlines() if "Pickup" in line or "自提" in line]


async def test_changing_only_the_time_or_the_place_of_a_timed_pickup(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    await world.say("family", "amy", f"/pickup #{gid} Gate 3 tomorrow 17:00")
    [shown] = await _pickup_line(world, gid)
    place_and_time = shown.removeprefix("Pickup: ")
    assert place_and_time.startswith("Gate 3 · ") and place_and_time.endswith(" 17:00"), shown
    client = await world.member("amy")
    assert (await _form(client, gid))["pickup"] == place_and_time

    later = place_and_time.replace("17:00", "18:00")
    assert await _saved(world, client, gid, later) == [f"Updated Mangoes (#{gid}): pickup {later}."]
    assert await _pickup_line(world, gid) == [f"Pickup: {later}"]
    assert (await _form(client, gid))["pickup"] == later

    moved = later.replace("Gate 3", "Gate 4")
    assert await _saved(world, client, gid, moved) == [f"Updated Mangoes (#{gid}): pickup {moved}."]
    assert await _pickup_line(world, gid) == [f"Pickup: {moved}"]


async def test_a_chinese_timed_pickup_saved_as_shown_keeps_one_separator(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "接龙 芒果 价格 10 成团 3")
    [gid] = [int(r.card_of) for r in replies if r.card_of]
    await world.say("family", "amy", "自提 小区北门 明天下午5点")
    [shown] = await _pickup_line(world, gid)
    place_and_time = shown.removeprefix("自提：")
    assert place_and_time.startswith("小区北门 · ") and place_and_time.count("·") == 1, shown
    client = await world.member("amy")
    form = await _form(client, gid)
    assert form["pickup"] == "小区北门 · Tue 24 Nov 17:00"  # the time in the console's language

    [told] = await _saved(world, client, gid, form["pickup"].replace("小区北门", "小区南门"))
    assert "小区南门 · " in told and told.count("·") == 1, told
    assert await _pickup_line(world, gid) == ["自提：" + place_and_time.replace("小区北门", "小区南门")]
