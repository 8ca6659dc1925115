"""The orders page's Cancel: an unpaid order's line has it; a page asks first, then it runs the chat's
`/cancel 12-3` as the organiser (the buyer is told privately, the card and every total count it no more),
audited; a paid order is refused in the console's words (Refund, not `/refund`), and nothing changes."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _closed_one_paid(world: ConsoleWorld) -> int:
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


async def _sent_since(world: ConsoleWorld, before: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[before:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


async def test_cancel_asks_first_then_drops_the_unpaid_order_and_tells_the_buyer(world: ConsoleWorld) -> None:
    gid = await _closed_one_paid(world)
    client = await world.member("amy")
    page = (await client.get("/orders")).text
    assert f'formaction="/orders/cancel" name="order" value="{gid}-2">Cancel order</button>' in page
    assert f'formaction="/orders/cancel" name="order" value="{gid}-1"' not in page  # paid: not offered
    assert f"pick_{gid}-2" in (await client.get("/orders?status=unpaid")).text
    before = len(await world.outbox_rows())

    asked = await post_form(client, "/orders/cancel", {"order": f"{gid}-2"})  # the line's button

    assert asked.status_code == 303 and asked.headers["location"].startswith("/orders/cancel?order=")
    confirm = (await client.get(asked.headers["location"])).text
    assert f"Order #{gid}-2 of Cat (¥10) is not paid." in confirm
    assert await _status(world, gid) == {1: "paid", 2: "pending_payment"}  # asked only: nothing done
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []

    done = await post_form(client, "/orders/cancel", {"order": f"{gid}-2", "confirm": "yes"})

    assert done.status_code == 303
    assert f"Cancelled: #{gid}-2. The buyer was told." in (await client.get("/orders")).text
    assert await _status(world, gid) == {1: "paid", 2: "cancelled"}
    assert f"pick_{gid}-2" not in (await client.get("/orders?status=unpaid")).text  # owed no more
    sent = await _sent_since(world, before)
    told = [reply.get("text", "") for _, reply in sent if reply.get("private_to") == "cat"]
    assert told == [
        f"Amy cancelled your order #{gid}-2 (Mangoes, ¥10): you owe nothing for it. "
        "If that is a mistake, please talk to Amy."
    ]
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # the card
    [entry] = await world.audit_rows()
    assert entry["action"] == "order.cancel"
    assert json.loads(entry["before"]) == {"status": "pending_payment"}
    assert json.loads(entry["after"]) == {"status": "cancelled"}


async def test_a_paid_order_is_refused_with_how_to_give_the_money_back(world: ConsoleWorld) -> None:
    gid = await _closed_one_paid(world)
    client = await world.member("amy")
    before = len(await world.outbox_rows())

    await client.get(f"/orders/cancel?order={gid}-1")  # a hand-made link to the paid one
    await post_form(client, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})

    page = (await client.get("/orders")).text
    refusal = f"Order #{gid}-1 is paid, so it cannot be cancelled: nothing was changed. Refund it to give"
    assert page.count(refusal) >= 1 and f"#{gid}-1: Order" not in page  # named once
    assert await _status(world, gid) == {1: "paid", 2: "pending_payment"}
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []
