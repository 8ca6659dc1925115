"""Review: a batch refund in the console said "Refunded: #6-1, #6-2. The buyer was told." although each
order's buyer was told. With several orders it now says "Each buyer was told."; one order keeps "The
buyer was told."."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_a_batch_refund_says_each_buyer_was_told(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
        for buyer in ("bob", "cat", "dan"):
            await world.say("family", buyer, "+1")
        await world.say("family", "amy", "/close")
        for seq in (1, 2, 3):
            await world.say("family", "amy", f"/paid {gid}-{seq}")
        amy = await world.member("amy")
        picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", "confirm": "yes"}
        assert (await post_form(amy, "/orders/refund", picks)).status_code == 303
        page = (await amy.get("/orders")).text
        assert f"Refunded: #{gid}-1, #{gid}-2. Each buyer was told." in page
        assert (
            await post_form(amy, "/orders/refund", {"order": f"{gid}-3", "confirm": "yes"})
        ).status_code == 303
        assert f"Refunded: #{gid}-3. The buyer was told." in (await amy.get("/orders")).text
