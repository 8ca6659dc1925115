"""Session 8: `POST /api/v1/orders/2/paid` with a JSON body `{bad` (or `[1]`) answered 200 and marked
the order paid, `{"group_buy_id": true}` was taken as group buy 1, and a Chinese caller read pydantic's
English. A body that is not the JSON object asked for is now a 422 in our own words, nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, shop, token_for
from tests.unit.bot.console.console_client import console_world


async def test_an_api_body_that_is_not_the_object_asked_for_changes_nothing(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        client = api(world, await token_for(world, member="playground:amy"))
        headers = {"content-type": "application/json", "accept-language": "zh"}
        for body in (b"{bad", b"[1]"):
            answer = await client.post(f"/api/v1/orders/{s.bob_order}/paid", content=body, headers=headers)
            assert answer.status_code == 422, answer.text
            assert answer.json()["message"].startswith("输入有误，什么都没有改动：请求体")
        verify = await client.post(
            "/api/v1/pickup-codes/9999/verify", content=b'{"group_buy_id": true}', headers=headers
        )
        assert verify.status_code == 422
        assert "group_buy_id 必须是 1 到 2147483647 的整数" in verify.json()["message"]
        orders = (await client.get(f"/api/v1/group-buys/{s.amy_gid}/orders")).json()["orders"]
        assert [o["status"] for o in orders] == ["pending_payment", "pending_payment"]
