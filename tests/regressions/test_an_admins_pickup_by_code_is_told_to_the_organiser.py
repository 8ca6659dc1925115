"""Session 41's closing note: a console 核销 (the pickup page's code) by an admin told the buyer and ticked
the card, but not Amy, the organiser, while an admin's 已取货 (Picked up) tells her. She is now told
privately, once, as of an admin's Picked up; her pickup helper's 核销 and her own tell her nothing more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.tables import orders
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

ONE = {
    "zh": "管理员 root 把你的 Mangoes（#{g}）订单 #{g}-{n}（{name}，¥{total}）标记为已取货。",
    "en": "Admin root marked order #{g}-{n} of your Mangoes (#{g}), {name}'s, ¥{total}, as picked up.",
}


async def _amys(world: ConsoleWorld, since: int) -> list[str]:
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows]
    return [reply["text"] for reply in replies if reply.get("private_to") == "amy"]


async def _code(world: ConsoleWorld, gid: int, seq: int) -> str:
    async with world.engine.connect() as conn:
        code = await conn.execute(
            sa.select(orders.c.pickup_code).where(orders.c.group_buy_id == gid, orders.c.seq == seq)
        )
        return str(code.scalar_one())


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_pickup_code_is_told_to_the_organiser_once(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("amy", "amy", f"/lang {lang}", private=True)
        gid = await world.mangoes_paid()  # Bob's #-1 ¥20 and Cat's #-2 ¥10, paid
        root = await world.admin()
        since = len(await world.outbox_rows())
        page = await post_form(root, "/pickup", {"code": await _code(world, gid, 1), "group_buy": str(gid)})
        assert page.status_code == 200, page.text
        assert await _amys(world, since) == [ONE[lang].format(g=gid, n=1, name="Bob", total=20)]

        await world.say("family", "dan", "hello")
        await world.say("family", "amy", f"/helper #{gid} @Dan")
        since = len(await world.outbox_rows())
        handed = await world.say(
            "dan", "dan", f"核销 {await _code(world, gid, 2)}", private=True
        )  # her helper's
        assert any(reply.private_to == "cat" for reply in handed), [reply.text for reply in handed]
        assert await _amys(world, since) == []
