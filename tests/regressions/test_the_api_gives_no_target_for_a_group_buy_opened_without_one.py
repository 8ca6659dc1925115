"""Session 21 (C1): the API gave `"target": 1` for a group buy opened without a target (the chat stores
1 there: the first join reaches it), which a tool reads as "成团 1", a target of one. A group buy
opened without a target now says `"target": null`, as the card and the console show none (the docs page
says `integer | null`); one opened with a target gives it, in its unit."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import console_world


async def test_a_group_buy_without_a_target_says_null_and_one_with_a_target_gives_it(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 芒果 价格 10")
        await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 20")
        client = api(world, await token_for(world, member="playground:amy"))

        listed = {g["title"]: g for g in (await client.get("/api/v1/group-buys")).json()["group_buys"]}
        one = (await client.get(f"/api/v1/group-buys/{listed['芒果']['id']}/orders")).json()
        schema = (await client.get("/api/v1/openapi.json")).json()
        docs = (await world.browser().get("/api/v1/docs")).text

    assert listed["芒果"]["target"] is None
    assert (listed["荔枝"]["target"], listed["荔枝"]["unit"]) == (20, "斤")
    assert one["group_buy"]["target"] is None
    target = schema["components"]["schemas"]["GroupBuyOut"]["properties"]["target"]
    assert "null" in str(target) and "without a target" in target["description"]
    assert "<td><code>target</code></td><td>integer | null</td>" in docs
