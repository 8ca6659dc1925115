"""Task s21 D1: the console's batch Refund and Undo paid (several orders ticked, one button) told the
organiser one private message per order, while a batch Mark paid tells her once, listing her orders
(`test_an_admins_paid_is_told_to_the_organiser`). Refund and undo batches now tell each organiser once
too, her orders listed in one message, in her language; one order is still told as one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

CASES = {
    "refund": (
        "Admin root refunded 2 orders of yours: #{gid}-1 Mangoes (#{gid}), Bob's, ¥10: Bob was told you give "
        "the money back; #{gid}-2 Mangoes (#{gid}), Cat's, ¥10: Cat was told you give the money back.",
        "Admin root refunded order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: Bob was told you give the "
        "money back.",
    ),
    "unpaid": (
        "Admin root undid the payment of 2 orders of yours, unpaid again: #{gid}-1 Mangoes (#{gid}), Bob's, "
        "¥10; #{gid}-2 Mangoes (#{gid}), Cat's, ¥10.",
        "Admin root undid the payment of order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: it is unpaid "
        "again.",
    ),
}


async def _to_amy(world: object, before: int) -> list[str]:
    rows = (await world.outbox_rows())[before:]  # type: ignore[attr-defined]
    replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
    return [r.get("text", "") for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]


@pytest.mark.parametrize("action", ["refund", "unpaid"])
async def test_an_admins_batch_in_the_console_is_one_message(tmp_path: Path, action: str) -> None:
    several, _ = CASES[action]
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1 {gid}-2")
        client = await world.admin()
        before = len(await world.outbox_rows())

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", "confirm": "yes"}
        done = await post_form(client, f"/orders/{action}", ticked)

        assert done.status_code == 303
        assert await _to_amy(world, before) == [several.format(gid=gid)]


@pytest.mark.parametrize("action", ["refund", "unpaid"])
async def test_an_admins_one_order_in_the_console_is_told_as_one(tmp_path: Path, action: str) -> None:
    _, one = CASES[action]
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        before = len(await world.outbox_rows())

        done = await post_form(client, f"/orders/{action}", {"order": f"{gid}-1", "confirm": "yes"})

        assert done.status_code == 303
        assert await _to_amy(world, before) == [one.format(gid=gid)]
