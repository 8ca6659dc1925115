"""Review: after an admin checked a pickup code from the console (or the API), the buyer read "root
marked your order #5-1 (Avocado Hass 6pcs) as picked up. Enjoy!": the console login. Whatever an admin
does to an order from the console or the API (paid, refund, picked up, pickup code, 撤销已收), buyers
and the chat are told it was the group buy's organiser (the admin acts for the shop). Only the organiser's
own private notice names the admin (review 24 K: `管理员 dan`, not a bare "管理员"), and since review 27
the buyer's payment confirmation says an admin confirmed it (`An admin confirmed your payment…`): not
Amy's word that she received the money, and never the login; since session 24 so do its 核销 (and
已取), 撤销已收 and refund: `An admin marked your order… as picked up`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _said_since(world: ConsoleWorld, since: int, *, to_amy: bool = False) -> list[str]:
    """What the chat and the buyers were told (`to_amy`: what the organiser was told privately)."""
    rows = (await world.outbox_rows())[since:]
    said = []
    for row in rows:
        reply = json.loads(row["payload"])["reply"]
        hers = reply.get("private_to") == "amy" or row["chat_id"] == "amy"
        if reply.get("text") and hers == to_amy:
            said.append(reply["text"])
    return said


async def test_buyers_hear_the_organisers_name_never_the_admins_login(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("work", "amy", "Avocado", target=1)
        for buyer in ("kim", "lee", "max", "ned"):
            await world.say("work", buyer, "+1")
        await world.say("work", "amy", "/close")
        root = await world.admin()
        token = await token_for(world, admin="root")
        client = api(world, token)
        since = len(await world.outbox_rows())

        for seq in (1, 2, 3):  # the console's Mark paid
            assert (await post_form(root, "/orders/paid", {"order": f"{gid}-{seq}"})).status_code == 303
        paid = await client.post(f"/api/v1/orders/{await order_id(world, gid, 4)}/paid")
        assert paid.status_code == 200, paid.text
        code = await pickup_code(world, await order_id(world, gid, 1))
        checked = await post_form(root, "/pickup", {"code": code, "group_buy": str(gid)})
        assert checked.status_code == 200, checked.text
        code = await pickup_code(world, await order_id(world, gid, 2))
        verified = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": gid})
        assert verified.status_code == 200, verified.text
        assert (
            await post_form(root, "/orders/refund", {"order": f"{gid}-3", "confirm": "yes"})
        ).status_code == 303
        assert (await post_form(root, "/orders/unpaid", {"order": f"{gid}-4"})).status_code == 303

        said = await _said_since(world, since)
        paid_notes = [text for text in said if text.startswith("An admin confirmed your payment of ¥10")]
        assert len(paid_notes) == 4, said  # #1-#3 in the console, #1-4 by the API
        assert not [text for text in said if "root" in text.casefold()], said
        hers = await _said_since(world, since, to_amy=True)
        assert hers and all(text.startswith("Admin root ") for text in hers), hers
        assert f"An admin marked your order #{gid}-1 (Avocado) as picked up. Enjoy!" in said, said
        assert f"An admin marked your order #{gid}-2 (Avocado) as picked up. Enjoy!" in said, said
        refund = f"An admin refunded your order #{gid}-3 (Avocado): Amy gives ¥10 back to you."
        assert refund in said, said
        assert any(text.startswith(f"An admin marked your order #{gid}-4 (Avocado") for text in said), said
        for seq in (1, 4):
            note = f"An admin confirmed your payment of ¥10 for order #{gid}-{seq}"
            assert any(text.startswith(note) for text in said), said
