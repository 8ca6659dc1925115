"""Review: `GET /api/v1/group-buys/2/orders?status=unpaid` was refused (422 listing cancelled,
fulfilled, paid, pending_payment, refunded), `reported_paid` too, while the console's Orders filter
offers them. The API now takes the console's filters with the same meanings (unpaid: not reported
paid; reported / reported_paid: reported, not confirmed; picked_up …), its own order statuses still,
and a 422 lists them all."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import console_world

ALL = "unpaid, reported, paid, picked_up, cancelled, refunded, reported_paid, pending_payment, fulfilled"


async def test_the_api_filters_orders_as_the_console_does(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        for buyer in ("bob", "cat", "dan", "eve"):
            await world.say("family", buyer, "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "cat", f"/ipaid {gid}-2")  # reported, not confirmed
        await world.say("family", "amy", f"/paid {gid}-3")
        await world.say("family", "amy", f"/paid {gid}-4")
        await world.say("family", "amy", f"/pickedup {gid}-4")
        client = api(world, await token_for(world, member="playground:amy"))

        async def buyers(status: str) -> list[str]:
            answer = await client.get(f"/api/v1/group-buys/{gid}/orders", params={"status": status})
            assert answer.status_code == 200, (status, answer.text)
            return [o["buyer_name"] for o in answer.json()["orders"]]

        assert await buyers("unpaid") == ["Bob"]
        assert await buyers("reported") == ["Cat"]
        assert await buyers("reported_paid") == ["Cat"]
        assert await buyers("paid") == ["Dan"]
        assert await buyers("picked_up") == ["Eve"]
        assert await buyers("pending_payment") == ["Bob", "Cat"]
        assert await buyers("fulfilled") == ["Eve"]
        assert await buyers("refunded") == []

        answer = await client.get(f"/api/v1/group-buys/{gid}/orders", params={"status": "shipped"})
        assert answer.status_code == 422
        assert answer.json()["message"] == f'There is no order status "shipped"; it is one of: {ALL}.'

        admin = await world.admin()  # the console's own filter takes its label's word too
        page = (await admin.get("/orders", params={"group_buy": str(gid), "status": "reported_paid"})).text
        rows = page.split("<tbody>")[1]
        assert f"<td>#{gid}-2</td>" in rows and f"<td>#{gid}-1</td>" not in rows
