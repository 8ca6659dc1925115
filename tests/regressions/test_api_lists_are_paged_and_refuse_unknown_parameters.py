"""Review 57 #2: `GET /api/v1/group-buys?limit=1&page=2` and `/group-buys/1/orders?limit=1&cursor=x`
returned every row with 200. The lists are paged (`limit`, 50 unless said, at most 200; `next` is the
next page's path, `next_cursor` its cursor, null on the last page), and an unknown query parameter or a
bad `limit` or `cursor` is a 422 naming it, in the caller's language."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import console_world


async def test_api_lists_are_paged_and_refuse_unknown_parameters(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gids = [await world.open_group_buy("family", "amy", "Fruit 0", target=1)]
        for buyer in ("bob", "cat", "dan"):
            await world.say("family", buyer, "+1")
        await world.say("family", "amy", "/close")
        gids += [await world.open_group_buy("family", "amy", f"Fruit {n}", target=1) for n in (1, 2)]
        client = api(world, await token_for(world, member="playground:amy"))

        first = await client.get("/api/v1/group-buys", params={"limit": "2"})
        assert first.status_code == 200, first.text
        got = first.json()
        assert [g["id"] for g in got["group_buys"]] == [gids[2], gids[1]]  # newest first
        assert got["next_cursor"] == gids[1]
        assert got["next"] == f"/api/v1/group-buys?limit=2&cursor={gids[1]}"
        last = (await client.get(got["next"])).json()
        assert [g["id"] for g in last["group_buys"]] == [gids[0]]
        assert last["next"] is None and last["next_cursor"] is None
        every = (await client.get("/api/v1/group-buys")).json()  # 50 unless said
        assert len(every["group_buys"]) == 3 and every["next"] is None

        orders = f"/api/v1/group-buys/{gids[0]}/orders"
        page = (await client.get(orders, params={"limit": "2"})).json()
        assert [o["buyer_name"] for o in page["orders"]] == ["Bob", "Cat"]
        rest = (await client.get(page["next"])).json()
        assert [o["buyer_name"] for o in rest["orders"]] == ["Dan"] and rest["next"] is None

        unknown = await client.get("/api/v1/group-buys", params={"limit": "1", "page": "2"})
        assert unknown.status_code == 422
        assert unknown.json()["message"] == (
            "Bad input, nothing was changed: "
            'this call takes no query parameter "page" (it takes: cursor, limit)'
        )
        assert unknown.json()["detail"][0]["where"] == "query.page"
        for bad in ("0", "201", "abc"):
            answer = await client.get(orders, params={"limit": bad})
            assert answer.status_code == 422, bad
            assert answer.json()["message"] == (
                "Bad input, nothing was changed: "
                "limit must be a whole number from 1 to 200 (50 when left out)"
            )
        cursor = await client.get(
            orders, params={"limit": "1", "cursor": "x"}, headers={"accept-language": "zh"}
        )
        assert cursor.status_code == 422
        assert cursor.json()["message"].startswith(
            "输入有误，什么都没有改动：cursor 必须是上一页给的 next_cursor"
        )
        zh = await client.get("/api/v1/group-buys", params={"page": "2"}, headers={"accept-language": "zh"})
        assert (
            zh.json()["message"]
            == "输入有误，什么都没有改动：这个接口不接受查询参数「page」（可用的有：cursor, limit）"
        )
        post = await client.post("/api/v1/orders/1/paid", params={"dry_run": "1"})
        assert post.status_code == 422
        assert post.json()["message"] == (
            'Bad input, nothing was changed: this call takes no query parameters ("dry_run" was sent)'
        )


async def test_the_api_schema_documents_its_paging(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        schema = (await world.browser().get("/api/v1/openapi.json")).json()
        for path in ("/group-buys", "/group-buys/{group_buy_id}/orders"):
            taken = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"] if p["in"] == "query"}
            assert taken["limit"]["schema"]["maximum"] == 200 and taken["limit"]["schema"]["default"] == 50
            assert "next_cursor" in taken["cursor"]["description"]
        for model in ("GroupBuysOut", "OrdersOut"):
            assert {"next", "next_cursor"} <= set(schema["components"]["schemas"][model]["properties"])
