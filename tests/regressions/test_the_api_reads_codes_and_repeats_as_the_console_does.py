"""Review (session 18): the API refused a full-width pickup code (`POST /api/v1/pickup-codes/１２３４/verify`:
422 "「１２３４」不是核销码") that the console's pickup form and the chat take; and marking paid an order
paid and picked up already answered 422 `refused` where README promises 409 for "paid twice" (a paid
order not picked up was 409): a client had to handle one situation two ways."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, pickup_code, shop, token_for
from tests.unit.bot.console.console_client import console_world

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


async def test_a_full_width_code_is_a_code_and_paid_twice_is_409_picked_up_or_not(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        client = api(world, await token_for(world, member="playground:amy"))
        assert (await client.post(f"/api/v1/orders/{s.bob_order}/paid")).status_code == 200
        code = await pickup_code(world, s.bob_order)
        handed = await client.post(f"/api/v1/pickup-codes/{code.translate(FULL_WIDTH)}/verify")
        assert handed.status_code == 200, handed.text
        assert handed.json()["order"]["status"] == "fulfilled"
        rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
        again = await client.post(f"/api/v1/orders/{s.bob_order}/paid")
        assert again.status_code == 409, again.text
        assert again.json() == {
            "error": "conflict",
            "message": f"Order #{s.amy_gid}-1 is already paid and picked up: nothing was changed.",
        }
        assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit
