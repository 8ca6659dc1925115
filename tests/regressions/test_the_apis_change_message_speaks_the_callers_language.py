"""Session 10: `POST /api/v1/orders/{id}/paid` (and `/unpaid`) with `Accept-Language: en` answered its
`message` in Chinese, the chat's language, while its errors honoured the header. The success message is
now in the caller's language; the chat is still told in its own."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.api_client import api, shop, token_for
from tests.unit.bot.console.console_client import console_world


async def test_the_apis_change_message_speaks_the_callers_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        client = api(world, await token_for(world, member="playground:amy"))
        before = len(await world.outbox_rows())
        paid = await client.post(f"/api/v1/orders/{s.bob_order}/paid", headers={"accept-language": "en"})
        assert paid.status_code == 200, paid.text
        assert paid.json()["message"] == f"Order #{s.amy_gid}-1 of Bob (¥20) is marked as paid."
        told = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[before:]]
        said = [r["text"] for r in told if r.get("text") and not r.get("private_to") and not r.get("card_of")]
        # the chat hears its own: its card's language (an English group; it was Chinese, the default)
        assert said == [f"✅ Bob's order #{s.amy_gid}-1 is paid."]
        unpaid = await client.post(f"/api/v1/orders/{s.bob_order}/unpaid", headers={"accept-language": "zh"})
        assert unpaid.status_code == 200, unpaid.text
        assert unpaid.json()["message"] == (
            f"已撤销订单 #{s.amy_gid}-1（Bob，¥20）的已收：改回待付款（不是退款），已私信告诉对方。"
        )
