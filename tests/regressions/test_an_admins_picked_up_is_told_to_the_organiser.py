"""Review 98 (smaller things): an admin's 已取货 on the console's orders page (#1-3) told the buyer and the
group, but not Amy, the organiser, while an admin's Mark paid, Undo paid, Refund, Cancel and Restore all
tell her. She is now told privately, once, as of a payment confirmed; several ticked at once are listed in
one message; her own 已取货 tells her nothing more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

ONE = {
    "zh": "管理员 root 把你的 Mangoes（#{g}）订单 #{g}-1（Bob，¥20）标记为已取货。",
    "en": "Admin root marked order #{g}-1 of your Mangoes (#{g}), Bob's, ¥20, as picked up.",
}
BOTH = {
    "zh": "管理员 root 把你的 2 个订单标记为已取货：#{g}-1 Mangoes（#{g}）Bob ¥20；"
    "#{g}-2 Mangoes（#{g}）Cat ¥10。",
    "en": "Admin root marked 2 orders of yours as picked up: #{g}-1 Mangoes (#{g}), Bob's, ¥20;"
    " #{g}-2 Mangoes (#{g}), Cat's, ¥10.",
}


async def _amys(world: ConsoleWorld, since: int) -> list[str]:
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows]
    return [reply["text"] for reply in replies if reply.get("private_to") == "amy"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_picked_up_is_told_to_the_organiser(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("amy", "amy", "/lang zh" if lang == "zh" else "/lang en", private=True)
        gid = await world.mangoes_paid()  # Bob's #-1 ¥20 and Cat's #-2 ¥10, paid
        root = await world.admin()
        since = len(await world.outbox_rows())
        done = await post_form(root, "/orders/picked-up", {"order": f"{gid}-1"})
        assert done.status_code == 303
        assert await _amys(world, since) == [ONE[lang].format(g=gid)]

        await world.say("family", "amy", f"/unpaid {gid}-2")  # back to paid-not-picked: none
        await world.say("family", "amy", f"/paid {gid}-2")
        since = len(await world.outbox_rows())
        await world.say("family", "amy", f"/pickedup {gid}-2")  # her own: nothing more to her privately
        assert await _amys(world, since) == []


async def test_a_batch_of_picked_up_is_told_to_her_once(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("amy", "amy", "/lang en", private=True)
        gid = await world.mangoes_paid()
        root = await world.admin()
        since = len(await world.outbox_rows())
        done = await post_form(root, "/orders/picked-up", {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"})
        assert done.status_code == 303
        assert await _amys(world, since) == [BOTH["en"].format(g=gid)]
