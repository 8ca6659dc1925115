"""Review 72 #1, as the API has it: `POST /api/v1/orders/{id}/paid` of an order its buyer reported short
(Bob said ¥5 of ¥20) answered 200 with the order still unpaid, the chat's question sent to nobody and the
group told details went privately. It is now refused, 422, nothing changed and nobody told, saying the
gap and where to record it; an order reported in full is marked as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api, shop, token_for
from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": "订单 #1-1 没有标记为已付款：Bob 报的付款是 ¥5，应付 ¥20，还差 ¥15，没有任何改动。",
    "en": "Order #1-1 was not marked as paid: Bob reported ¥5 of ¥20, ¥15 short. Nothing was changed.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_short_report_is_refused_and_nobody_told(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        await world.say("family", "bob", "/ipaid 1-1 5")
        await world.say("family", "cat", "/ipaid 1-2")
        client = api(world, await token_for(world, member="playground:amy"))
        client.headers["accept-language"] = lang
        before = len(await world.outbox_rows())

        refused = await client.post(f"/api/v1/orders/{s.bob_order}/paid")

        assert refused.status_code == 422
        assert refused.json()["message"].startswith(SAID[lang])
        assert len(await world.outbox_rows()) == before
        marked = await client.post(f"/api/v1/orders/{s.cat_order}/paid")
        assert marked.status_code == 200
        assert marked.json()["order"]["status"] == "paid"
