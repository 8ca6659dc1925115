"""Review 98 #2: an admin's 只收到 ¥5 on `/orders` (typed, or a short report's 只收到 button) told the group
`Kim, order #2-2 is recorded as part received; the details are sent to you privately.` while nothing was
sent to Kim, nor was she ever told an admin recorded a part payment on her order. Now the group reads no
line about it (nobody typed there); the organiser is told privately, once, that the admin recorded ¥5
received; the buyer is told what is left as before. The organiser's own 只收到 from her console: no group
line, no notice to herself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _told(world: ConsoleWorld, since: int) -> dict[str | None, list[str]]:
    """What was sent since `since`, text replies only, by whom it went to privately (None: the group)."""
    told: dict[str | None, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply: dict[str, Any] = json.loads(row["payload"])["reply"]
        if reply.get("text") and not reply.get("card_of"):
            told.setdefault(reply.get("private_to"), []).append(reply["text"])
    return told


KIMS = {
    "typed": "管理员 root 在你的 Cookies（#1）订单 #1-1（Mia）上记下只收到 ¥5："
    "这单仍是未付款，已告诉 Mia 补齐。",
    "reported": "管理员 root 在你的 Cookies（#1）订单 #1-1（Mia）上记下只收到 ¥6："
    "这单仍是未付款，已告诉 Mia 补齐。",
}


@pytest.mark.parametrize("how", ["typed", "reported"])
async def test_an_admins_part_received_tells_the_organiser_privately(tmp_path: Path, how: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("kim", "kim", "/lang zh", private=True)
        gid = await world.open_group_buy("neighbours", "kim", "Cookies", target=1)
        await world.say("neighbours", "mia", "+2")  # ¥20
        await world.say("neighbours", "kim", "/close")
        number = f"{gid}-1"
        if how == "reported":
            await world.say("mia", "mia", f"/ipaid {number} 6", private=True)  # short: ¥6 of ¥20
        root = await world.admin()
        since = len(await world.outbox_rows())
        form = {"part": number, f"part_{number}": "5"} if how == "typed" else {"received": f"{number}:600"}
        assert (await post_form(root, "/orders/paid", form)).status_code == 303

        told = await _told(world, since)
        assert None not in told, told[None]  # nothing in the group, never "details sent to you privately"
        assert told["kim"] == [KIMS[how]]
        assert len(told["mia"]) == 1
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "pending_payment" and order.received_amount in (500, 600)


async def test_the_organisers_own_part_received_sends_no_group_line(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("neighbours", "kim", "Cookies", target=1)
        await world.say("neighbours", "mia", "+2")
        await world.say("neighbours", "kim", "/close")
        number = f"{gid}-1"
        kim = await world.member("kim")
        since = len(await world.outbox_rows())
        form = {"part": number, f"part_{number}": "5"}
        assert (await post_form(kim, "/orders/paid", form)).status_code == 303
        told = await _told(world, since)
        assert None not in told and "kim" not in told, told
        assert len(told["mia"]) == 1
