"""Session 19 review (11): the organiser API's quantities and prices had no unit: lychees sold by the 斤
read `"quantity": 3, "unit_price": 1300` and a group buy `"sold": 8`, which a tool could not tell from
3 份 at ¥13 each. The group buy, each order and each line now carry `unit` (`斤`; "" by the 份), the
existing fields unchanged, and a change's answer (`paid`, `verify`) too."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, pickup_code, token_for
from tests.unit.bot.console.console_client import console_world


async def test_the_group_buy_its_orders_and_lines_say_their_unit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 阶梯 3:13 成团 1")
        await world.say("family", "bob", "+3")
        await world.say("family", "amy", "接龙 芒果 价格 10 成团 1")
        await world.say("family", "cat", "+2 #2")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "截单 #2")
        client = api(world, await token_for(world, member="playground:amy"))

        listed = {g["title"]: g for g in (await client.get("/api/v1/group-buys")).json()["group_buys"]}
        lychees = (await client.get("/api/v1/group-buys/1/orders")).json()
        mangoes = (await client.get("/api/v1/group-buys/2/orders")).json()
        paid = (await client.post(f"/api/v1/orders/{lychees['orders'][0]['id']}/paid")).json()
        code = await pickup_code(world, paid["order"]["id"])
        handed = (await client.post(f"/api/v1/pickup-codes/{code}/verify")).json()

    assert (listed["荔枝"]["sold"], listed["荔枝"]["unit"]) == (3, "斤")
    assert (listed["芒果"]["sold"], listed["芒果"]["unit"]) == (2, "")
    [order] = lychees["orders"]
    assert (order["quantity"], order["unit"]) == (3, "斤")
    assert order["lines"] == [{"description": "荔枝", "quantity": 3, "unit_price": 1300, "unit": "斤"}]
    assert mangoes["orders"][0]["unit"] == "" and mangoes["orders"][0]["lines"][0]["unit"] == ""
    assert paid["order"]["unit"] == "斤"
    assert (handed["order"]["status"], handed["order"]["unit"]) == ("fulfilled", "斤")
