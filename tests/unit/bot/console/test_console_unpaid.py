"""The orders page's 撤销已收 (Undo paid): a paid order's line has it; it runs the chat's `/unpaid 12-3` as
the organiser (the buyer is told privately, the card counts it owed, the ledger reverses), audited; an
order it cannot undo is refused beside its number, and nothing changes."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _closed_and_paid(world: ConsoleWorld) -> int:
    """Amy's Mangoes in the family chat, closed: #gid-1 Bob's (marked paid), #gid-2 Cat's (unpaid)."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
    await world.say("family", "bob", "+1")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {gid}-1")
    return gid


async def _status(world: ConsoleWorld, gid: int) -> dict[int | None, str]:
    async with world.app.uow_factory() as uow:
        return {order.seq: order.status.value for order in await uow.orders.for_group_buy(gid)}


async def _id(world: ConsoleWorld, gid: int, seq: int) -> int | None:
    async with world.app.uow_factory() as uow:
        return next(o.id for o in await uow.orders.for_group_buy(gid) if o.seq == seq)


async def _sent_since(world: ConsoleWorld, before: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[before:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


async def test_undo_paid_is_on_a_paid_orders_line_and_tells_the_buyer(world: ConsoleWorld) -> None:
    gid = await _closed_and_paid(world)
    client = await world.member("amy")
    page = (await client.get("/orders")).text
    button = f'formaction="/orders/unpaid" name="order" value="{gid}-1">Undo paid</button>'
    assert button in page
    assert (
        f'formaction="/orders/unpaid" name="order" value="{gid}-2"' not in page
    )  # not paid: nothing to undo
    before = len(await world.outbox_rows())

    response = await post_form(client, "/orders/unpaid", {"order": f"{gid}-1"})

    assert response.status_code == 303
    assert f"Marked not paid: #{gid}-1. The buyer was told." in (await client.get("/orders")).text
    assert await _status(world, gid) == {1: "pending_payment", 2: "pending_payment"}
    sent = await _sent_since(world, before)
    told = [reply.get("text", "") for _, reply in sent if reply.get("private_to") == "bob"]
    assert told == [
        f"Amy marked your order #{gid}-1 (Mangoes, ¥10) as not paid yet: it was marked paid by mistake. "
        "If you have not paid, please pay; if you have, please talk to Amy."
    ]
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # the card
    [entry] = await world.audit_rows()
    assert (entry["action"], entry["subject"]) == ("order.unpaid", f"order:{await _id(world, gid, 1)}")
    assert json.loads(entry["before"]) == {"status": "paid"}
    assert json.loads(entry["after"]) == {"status": "pending_payment"}


async def test_what_cannot_be_undone_is_refused_beside_its_number(world: ConsoleWorld) -> None:
    gid = await _closed_and_paid(world)
    await world.say("family", "amy", f"/pickedup {gid}-1")
    client = await world.member("amy")
    before = len(await world.outbox_rows())

    await post_form(client, "/orders/unpaid", {"pick_" + f"{gid}-1": "on", "pick_" + f"{gid}-2": "on"})

    page = (await client.get("/orders")).text
    assert f"Order #{gid}-1 was already picked up, so its payment cannot be undone" in page
    assert f"Order #{gid}-2 is not marked as paid, so there is nothing to undo" in page
    assert await _status(world, gid) == {1: "fulfilled", 2: "pending_payment"}
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []
