"""The orders page: filters, and mark paid / refund (one or a batch) / picked up as the chat's own
commands, each reaching the buyer in the chat and audited; another organiser's orders are not there."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _closed(world: ConsoleWorld) -> int:
    """Amy's Mangoes in the family chat, closed: #gid-1 Bob's (gate 3), #gid-2 Cat's."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
    await world.say("family", "amy", "/pickup Gate 3")
    await world.say("family", "bob", "+1 flat 502")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    return gid


async def _sent_since(world: ConsoleWorld, before: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[before:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


async def _id(world: ConsoleWorld, gid: int, seq: int) -> int | None:
    async with world.app.uow_factory() as uow:
        return next(o.id for o in await uow.orders.for_group_buy(gid) if o.seq == seq)


def _to(sent: list[tuple[str, dict[str, Any]]], user: str) -> list[str]:
    """What `user` was sent privately."""
    return [reply.get("text", "") for chat, reply in sent if reply.get("private_to") == user or chat == user]


async def _status(world: ConsoleWorld, gid: int) -> dict[int | None, str]:
    async with world.app.uow_factory() as uow:
        return {order.seq: order.status.value for order in await uow.orders.for_group_buy(gid)}


async def test_the_list_shows_each_line_and_filters_by_group_buy_status_and_pickup(
    world: ConsoleWorld,
) -> None:
    gid = await _closed(world)
    await world.say("family", "amy", f"/paid {gid}-1")
    other = await world.open_group_buy("family", "amy", "Plums", target=5)
    await world.say("family", "dan", f"+1 #{other}")
    client = await world.member("amy")
    page = (await client.get("/orders")).text
    assert f"#{gid}-1" in page and f"#{gid}-2" in page and "Dan" in page
    assert "<td>flat 502</td>" in page and "<td>Gate 3</td>" in page
    only = (await client.get(f"/orders?group_buy={gid}")).text
    assert "Dan" not in only and f"#{gid}-1" in only
    paid = (await client.get(f"/orders?group_buy={gid}&status=paid")).text
    assert f"#{gid}-1" in paid and f"#{gid}-2" not in paid
    unpaid = (await client.get("/orders?status=unpaid")).text
    assert f"#{gid}-2" in unpaid and f"#{gid}-1" not in unpaid
    at_gate = (await client.get("/orders?pickup=Gate+3")).text
    assert f"#{gid}-1" in at_gate and "Dan" not in at_gate
    assert "No orders match." in (await client.get("/orders?pickup=Nowhere")).text


async def test_the_option_filter(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "/groupbuy Mangoes options 3kg:58,5kg:88")
    gid = next(r.card_of for r in replies if r.card_of)
    await world.say("family", "bob", "+1 5kg")
    await world.say("family", "cat", "+1 3kg")
    client = await world.member("amy")
    page = (await client.get(f"/orders?group_buy={gid}&option=5kg")).text
    assert "<td>Bob</td>" in page and "<td>Cat</td>" not in page
    assert '<option value="3kg">3kg</option>' in page


async def test_another_organisers_orders_are_not_there(world: ConsoleWorld) -> None:
    gid = await _closed(world)
    await world.open_group_buy("work", "dan", "Plums")
    client = await world.member("dan")
    assert "Mangoes" not in (await client.get("/orders")).text
    for named in (str(gid), "abc"):  # another's as one that does not exist: said, nothing listed
        response = await client.get(f"/orders?group_buy={named}")
        assert response.status_code == 422 and "Mangoes" not in response.text
    before = len(await world.outbox_rows())
    response = await post_form(client, "/orders/paid", {"order": f"{gid}-1"})
    assert response.status_code == 303
    page = (await client.get("/orders")).text
    assert f"There is no order #{gid}-1 in your group buys" in page  # as one that does not exist
    assert await _status(world, gid) == {1: "pending_payment", 2: "pending_payment"}
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []


async def test_mark_paid_is_yishou_the_buyer_gets_their_pickup_code(world: ConsoleWorld) -> None:
    gid = await _closed(world)
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    back = f"/orders?group_buy={gid}"
    response = await post_form(client, "/orders/paid", {"order": f"{gid}-1", "back": back})
    assert response.status_code == 303 and response.headers["location"] == back
    assert f"Marked paid: #{gid}-1 Bob." in (await client.get(back)).text
    assert (await _status(world, gid))[1] == "paid"
    sent = await _sent_since(world, before)
    assert any("取货码" in text or "pickup code" in text.lower() for text in _to(sent, "bob")), sent
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # the card: ✅
    [entry] = await world.audit_rows()
    assert (entry["action"], entry["subject"]) == ("order.paid", f"order:{await _id(world, gid, 1)}")
    assert json.loads(entry["before"]) == {"status": "pending_payment"}
    assert json.loads(entry["after"]) == {"status": "paid"}


async def test_a_refund_reaches_the_buyer_in_the_chat(world: ConsoleWorld) -> None:
    gid = await _closed(world)
    await world.say("family", "amy", f"/paid {gid}-1")
    client = await world.admin()
    before = len(await world.outbox_rows())
    assert (
        await post_form(client, "/orders/refund", {"order": f"{gid}-1", "confirm": "yes"})
    ).status_code == 303
    assert (await _status(world, gid))[1] == "refunded"
    told = _to(await _sent_since(world, before), "bob")
    assert any(f"#{gid}-1" in text for text in told), told
    [entry] = await world.audit_rows()
    assert (entry["actor"], entry["action"]) == ("console:root", "order.refund")


async def test_a_batch_refund_refunds_each_ticked_order_and_says_which_were_refused(
    world: ConsoleWorld,
) -> None:
    gid = await _closed(world)
    await world.say("family", "amy", f"/paid {gid}-1")
    await world.say("family", "amy", f"/paid {gid}-2")
    await world.say("family", "amy", f"/pickedup {gid}-2")
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", f"pick_{gid}-9": "on", "confirm": "yes"}
    assert (await post_form(client, "/orders/refund", picks)).status_code == 303
    page = (await client.get("/orders")).text
    assert f"Refunded: #{gid}-1" in page and f"There is no order #{gid}-9 in your group buys" in page
    assert (await post_form(client, "/orders/paid", {"pick_zz": "on"})).status_code == 303  # hand-made
    assert "“zz” is not an order number" in (await client.get("/orders")).text  # refused, never a 500
    statuses = await _status(world, gid)
    assert statuses[1] == "refunded"
    sent = await _sent_since(world, before)
    assert any(f"#{gid}-1" in text for text in _to(sent, "bob"))
    refunded = [e for e in await world.audit_rows() if e["action"] == "order.refund"]
    first, second = f"order:{await _id(world, gid, 1)}", f"order:{await _id(world, gid, 2)}"
    assert {e["subject"] for e in refunded} <= {first, second}
    assert first in {e["subject"] for e in refunded}


async def test_picked_up_ticks_the_card(world: ConsoleWorld) -> None:
    gid = await _closed(world)
    await world.say("family", "amy", f"/paid {gid}-2")
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    assert (await post_form(client, "/orders/picked-up", {"order": f"{gid}-2"})).status_code == 303
    assert (await _status(world, gid))[2] == "fulfilled"
    sent = await _sent_since(world, before)
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)
    assert f"Picked up: #{gid}-2." in (await client.get("/orders")).text
    [entry] = await world.audit_rows()
    assert json.loads(entry["after"]) == {"status": "fulfilled"}


async def test_an_action_with_nothing_ticked_changes_nothing(world: ConsoleWorld) -> None:
    await _closed(world)
    client = await world.member("amy")
    assert (await post_form(client, "/orders/refund")).status_code == 303
    assert "Tick the orders first." in (await client.get("/orders")).text
    assert (await post_form(client, "/orders/unknown", {"order": "1-1"})).status_code == 404
    assert await world.audit_rows() == []


async def test_a_pickup_code_is_verified_from_the_orders_page(world: ConsoleWorld) -> None:
    gid = await _closed(world)
    await world.say("family", "amy", f"/paid {gid}-1")
    async with world.app.uow_factory() as uow:
        code = next(o.pickup_code for o in await uow.orders.for_group_buy(gid) if o.seq == 1)
    client = await world.member("amy")
    page = (await client.get(f"/orders?group_buy={gid}")).text
    assert 'action="/pickup"' in page
    response = await post_form(client, "/pickup", {"code": str(code)})
    assert response.status_code == 200 and "Bob" in response.text
    assert (await _status(world, gid))[1] == "fulfilled"
