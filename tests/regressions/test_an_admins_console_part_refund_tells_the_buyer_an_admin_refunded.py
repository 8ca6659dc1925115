"""Review 45 #6: a console admin's part refund (#4-1 ¥35.33) told the buyer `Amy 退给你 ¥35.33…`, as if
the organiser had done it, while the admin's whole refund and 已收 say an admin did it
(`管理员 已为你的订单…退款：Amy 会直接退给你 ¥10。`). The part refund now reads the same way, the organiser
still the one who gives the money back, never the console login; the organiser's own part refund reads
as before. Chinese and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

BUYER = {
    "zh": "管理员 已为你的订单 #{order}（Mangoes，原因：压坏了）退款："
    "Amy 会直接退给你 ¥5，已付 ¥20，已退 ¥5。",
    "en": "An admin refunded part of your order #{order} (Mangoes, reason: crushed): "
    "Amy gives ¥5 back to you; paid ¥20, refunded ¥5.",
}
HERS = {
    "zh": "Amy 退给你 ¥6（#{order} Mangoes），已付 ¥20，已退 ¥11。",
    "en": "Amy is giving you back ¥6 (#{order} Mangoes): paid ¥20, refunded ¥11.",
}
REASON = {"zh": "压坏了", "en": "crushed"}


async def _to_bob(world: ConsoleWorld, since: int) -> list[str]:
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows]
    return [reply["text"] for reply in replies if reply.get("private_to") == "bob" and reply.get("text")]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_console_part_refund_says_an_admin_refunded(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("bob", "bob", f"/lang {lang}", private=True)
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        order = f"{gid}-1"
        since = len(await world.outbox_rows())

        form = {"order": order, "confirm": "yes", "amount": "5", "reason": REASON[lang]}
        assert (await post_form(client, "/orders/refund", form)).status_code == 303
        by_admin = await _to_bob(world, since)
        since = len(await world.outbox_rows())
        await world.say("family", "amy", f"/refund {order} 6")
        by_her = await _to_bob(world, since)

    assert by_admin == [BUYER[lang].format(order=order)], by_admin
    assert "root" not in by_admin[0]
    assert by_her == [HERS[lang].format(order=order)], by_her
