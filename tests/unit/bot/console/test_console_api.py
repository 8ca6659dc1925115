"""The console's API (`/api/v1/`): every endpoint and every error status, over personal access tokens,
scoped like the organiser role; the changes reach the chat and the audit log as the console's do."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.unit.bot.console.api_client import Shop, api, pickup_code, shop, token_for
from tests.unit.bot.console.console_client import ConsoleWorld

ENDPOINTS = (
    ("GET", "/api/v1/group-buys"),
    ("GET", "/api/v1/group-buys/{gid}/orders"),
    ("POST", "/api/v1/orders/{order}/paid"),
    ("POST", "/api/v1/orders/{order}/unpaid"),
    ("POST", "/api/v1/pickup-codes/1234/verify"),
)


async def _sent(world: ConsoleWorld, since: int) -> list[tuple[str, dict[str, Any]]]:
    return [
        (row["chat_id"], json.loads(row["payload"])["reply"]) for row in (await world.outbox_rows())[since:]
    ]


async def _call(client: Any, method: str, path: str, s: Shop) -> Any:
    url = path.format(gid=s.amy_gid, order=s.bob_order)
    return await (client.get(url) if method == "GET" else client.post(url))


# -- reading ---------------------------------------------------------------------------------------------
async def test_an_organiser_lists_their_own_group_buys_and_an_admin_everyones(world: ConsoleWorld) -> None:
    s = await shop(world)
    mine = await api(world, await token_for(world, member="playground:amy")).get("/api/v1/group-buys")
    assert mine.status_code == 200
    assert mine.headers["content-type"] == "application/json"
    [only] = mine.json()["group_buys"]
    assert only == {
        "id": s.amy_gid, "title": "Mangoes", "status": "succeeded", "sold": 3, "target": None, "unit": "",
        "deadline": only["deadline"], "chat_id": "family", "chat_title": "Family Group",
        "organiser_id": "amy", "organiser_name": "Amy",
    }  # fmt: skip
    await world.add_admin()
    everyone = await api(world, await token_for(world, admin="root")).get("/api/v1/group-buys")
    assert [g["title"] for g in everyone.json()["group_buys"]] == ["Plums", "Mangoes"]


async def test_the_orders_of_a_group_buy_with_totals_and_never_the_pickup_code(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    answer = await client.get(f"/api/v1/group-buys/{s.amy_gid}/orders")
    assert answer.status_code == 200
    got = answer.json()
    assert got["group_buy"]["title"] == "Mangoes"
    assert [
        (o["number"], o["buyer_name"], o["quantity"], o["total"], o["status"]) for o in got["orders"]
    ] == [
        (f"{s.amy_gid}-1", "Bob", 2, 2000, "paid"),
        (f"{s.amy_gid}-2", "Cat", 1, 1000, "pending_payment"),
    ]
    assert got["orders"][0]["lines"] == [
        {"description": "Mangoes", "quantity": 2, "unit_price": 1000, "unit": ""}
    ]
    assert all("pickup_code" not in order for order in got["orders"])  # the buyer's to show, not listed
    unpaid = await client.get(f"/api/v1/group-buys/{s.amy_gid}/orders", params={"status": "pending_payment"})
    assert [o["buyer_name"] for o in unpaid.json()["orders"]] == ["Cat"]


async def test_a_status_that_does_not_exist_is_422_with_the_ones_that_do(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    answer = await client.get(f"/api/v1/group-buys/{s.amy_gid}/orders", params={"status": "shipped"})
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid"
    assert answer.json()["message"].startswith('There is no order status "shipped"; it is one of: unpaid,')


@pytest.mark.parametrize("gid", ["{dan}", "999", "99999999999", "0"])
async def test_another_organisers_or_no_group_buy_is_404(world: ConsoleWorld, gid: str) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    answer = await client.get(f"/api/v1/group-buys/{gid.format(dan=s.dan_gid)}/orders")
    assert answer.status_code == 404
    assert answer.json() == {"error": "not_found", "message": "Not found."}


# -- 已收 -----------------------------------------------------------------------------------------------
async def test_paid_is_the_chats_offline_confirmation_told_and_audited(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    before = len(await world.outbox_rows())
    answer = await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert got["order"]["status"] == "paid" and got["order"]["number"] == f"{s.amy_gid}-1"
    # what the chat was told, in its card's language (an English group, no /lang)
    assert got["message"] == f"✅ Bob's order #{s.amy_gid}-1 is paid."
    sent = await _sent(world, before)
    assert ("family", {"card_of": s.amy_gid, "chat_id": "family"}) in sent  # the card updates
    to_bob = [reply["text"] for _, reply in sent if reply.get("private_to") == "bob"]
    assert len(to_bob) == 1 and await pickup_code(world, s.bob_order) in to_bob[0]  # his pickup code
    [entry] = await world.audit_rows()
    assert (entry["actor"], entry["action"], entry["subject"]) == (
        "playground:amy",
        "order.paid",
        f"order:{s.bob_order}",
    )
    assert json.loads(entry["before"]) == {"status": "pending_payment"}
    assert json.loads(entry["after"]) == {"status": "paid", "via": "api"}


async def test_paid_twice_is_409_and_changes_nothing(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    assert (await client.post(f"/api/v1/orders/{s.bob_order}/paid")).status_code == 200
    rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
    again = await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    assert again.status_code == 409
    assert again.json() == {
        "error": "conflict",
        "message": f"Order #{s.amy_gid}-1 is already marked as paid: nothing was changed.",
    }
    assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit


async def test_an_admins_token_marks_any_order_paid(world: ConsoleWorld) -> None:
    s = await shop(world)
    await world.add_admin()
    answer = await api(world, await token_for(world, admin="root")).post(f"/api/v1/orders/{s.eve_order}/paid")
    assert answer.status_code == 200, answer.text
    assert answer.json()["order"]["buyer_name"] == "Eve"
    assert [row["actor"] for row in await world.audit_rows()] == ["console:root"]


@pytest.mark.parametrize("which", ["dan's", "none", "huge"])
async def test_paying_another_organisers_or_no_order_is_404_and_nothing_changes(
    world: ConsoleWorld, which: str
) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    rows = len(await world.outbox_rows())
    order = {"dan's": str(s.eve_order), "none": "999", "huge": "99999999999"}[which]
    answer = await client.post(f"/api/v1/orders/{order}/paid")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"
    assert len(await world.outbox_rows()) == rows and await world.audit_rows() == []


async def test_a_refunded_order_is_refused_422_with_the_reason(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    refunded = await world.say("family", "amy", f"/refund {s.amy_gid}-1")
    assert "refund" in refunded[0].text.lower(), [r.text for r in refunded]
    rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
    answer = await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    assert answer.status_code == 422
    assert answer.json()["error"] == "refused"
    assert f"#{s.amy_gid}-1" in answer.json()["message"]
    assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit


# -- 核销 -----------------------------------------------------------------------------------------------
async def test_verify_hands_over_and_the_buyer_and_card_are_told(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    code = await pickup_code(world, s.bob_order)
    before = len(await world.outbox_rows())
    answer = await client.post(f"/api/v1/pickup-codes/{code}/verify")
    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert (got["order"]["id"], got["order"]["status"]) == (s.bob_order, "fulfilled")
    assert f"#{s.amy_gid}-1" in got["message"] and "Bob" in got["message"]
    sent = await _sent(world, before)
    assert ("family", {"card_of": s.amy_gid, "chat_id": "family"}) in sent
    assert any(reply.get("private_to") == "bob" for _, reply in sent)
    entry = (await world.audit_rows())[-1]
    assert (entry["action"], entry["subject"]) == ("pickup.verify", f"pickup_code:{code}")
    assert json.loads(entry["after"])["order"] == s.bob_order
    twice = await client.post(f"/api/v1/pickup-codes/{code}/verify")
    assert twice.status_code == 409 and twice.json()["error"] == "conflict"
    assert f"#{s.amy_gid}-1" in twice.json()["message"]


async def test_an_admin_names_the_group_buy_of_a_code(world: ConsoleWorld) -> None:
    s = await shop(world)
    await api(world, await token_for(world, member="playground:amy")).post(
        f"/api/v1/orders/{s.bob_order}/paid"
    )
    code = await pickup_code(world, s.bob_order)
    await world.add_admin()
    client = api(world, await token_for(world, admin="root"))
    unnamed = await client.post(f"/api/v1/pickup-codes/{code}/verify")
    assert unnamed.status_code == 422
    assert "group_buy_id" in unnamed.json()["message"]
    elsewhere = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": 999})
    assert elsewhere.status_code == 404
    named = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": s.amy_gid})
    assert named.status_code == 200, named.text
    assert named.json()["order"]["status"] == "fulfilled"


@pytest.mark.parametrize(
    ("code", "body", "status", "says"),
    [
        ("12ab", None, 422, '"12ab" is not a pickup code, nothing was changed'),
        ("1234567", None, 422, "4 to 6 digits"),
        ("9999", b"{not json", 422, "Bad input, nothing was changed: the body is not valid JSON"),
        ("9999", b'{"group_buy": 1}', 422, 'the body has a field "group_buy" that this call does not take'),
        ("9999", b'{"group_buy_id": "x"}', 422, "group_buy_id must be a whole number from 1 to 2147483647"),
        ("9999", b'{"group_buy_id": 0}', 422, "group_buy_id must be a whole number from 1 to 2147483647"),
        ("9999", None, 404, "pickup code 9999"),
    ],
)
async def test_bad_verify_input_is_answered_with_a_reason_and_changes_nothing(
    world: ConsoleWorld, code: str, body: bytes | None, status: int, says: str
) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
    headers = {"content-type": "application/json"}
    answer = await client.post(f"/api/v1/pickup-codes/{code}/verify", content=body or b"", headers=headers)
    assert answer.status_code == status, answer.text
    assert says in answer.json()["message"]
    assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit


# -- who may call ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
@pytest.mark.parametrize(
    "header", [None, "Basic YW15OnB3", "Bearer", "Bearer tuan_not-a-token", "Bearer " + "x" * 500]
)
async def test_without_a_valid_token_every_endpoint_is_401(
    world: ConsoleWorld, method: str, path: str, header: str | None
) -> None:
    s = await shop(world)
    client = world.browser()
    if header is not None:
        client.headers["authorization"] = header
    answer = await _call(client, method, path, s)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert answer.json()["error"] == "unauthorized"
    said = {None: "No token", "Bearer": "No token", "Basic YW15OnB3": 'The token was sent as "Basic"'}
    assert answer.json()["message"].startswith(said.get(header, "This token is not valid"))
    assert await world.audit_rows() == []


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
async def test_a_helpers_token_is_403(world: ConsoleWorld, method: str, path: str) -> None:
    """Tokens are for organisers: one a helper somehow holds reaches nothing."""
    s = await shop(world)
    await world.say("family", "amy", f"/helper #{s.amy_gid} @Cat")
    answer = await _call(api(world, await token_for(world, member="playground:cat")), method, path, s)
    assert answer.status_code == 403
    assert answer.json() == {"error": "forbidden", "message": "The API is for organisers and admins."}


async def test_the_answer_speaks_the_callers_language(world: ConsoleWorld) -> None:
    answer = await world.browser().get("/api/v1/group-buys", headers={"accept-language": "zh-CN"})
    assert answer.json()["message"].startswith("没有令牌")


async def test_a_method_the_endpoint_has_not_is_405_in_json(world: ConsoleWorld) -> None:
    answer = await world.browser().get("/api/v1/orders/1/paid")
    assert answer.status_code == 405
    assert answer.json()["error"] == "not_allowed"


async def test_an_unknown_api_path_is_404_in_json(world: ConsoleWorld) -> None:
    answer = await world.browser().get("/api/v1/nothing-here")
    assert answer.status_code == 404
    assert answer.json() == {"error": "not_found", "message": "Not found."}


# -- docs ------------------------------------------------------------------------------------------------
# -- 撤销已收 ---------------------------------------------------------------------------------------------
async def test_unpaid_takes_back_a_mistaken_paid_telling_the_buyer_and_audited(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    assert (await client.post(f"/api/v1/orders/{s.bob_order}/paid")).status_code == 200
    before = len(await world.outbox_rows())

    answer = await client.post(f"/api/v1/orders/{s.bob_order}/unpaid")

    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert got["order"]["status"] == "pending_payment" and got["order"]["number"] == f"{s.amy_gid}-1"
    assert got["message"] == (
        f"Undone: order #{s.amy_gid}-1 of Bob is not paid again (no refund); they were told privately."
    )
    sent = await _sent(world, before)
    assert ("family", {"card_of": s.amy_gid, "chat_id": "family"}) in sent  # counted as owed again
    to_bob = [reply["text"] for _, reply in sent if reply.get("private_to") == "bob"]
    assert len(to_bob) == 1 and f"#{s.amy_gid}-1" in to_bob[0]
    entry = (await world.audit_rows())[-1]
    assert (entry["action"], entry["subject"]) == ("order.unpaid", f"order:{s.bob_order}")
    assert json.loads(entry["before"]) == {"status": "paid"}
    assert json.loads(entry["after"]) == {"status": "pending_payment", "via": "api"}


async def test_unpaid_of_an_order_not_paid_is_409_and_picked_up_is_422_changing_nothing(
    world: ConsoleWorld,
) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
    not_paid = await client.post(f"/api/v1/orders/{s.cat_order}/unpaid")
    assert not_paid.status_code == 409
    assert not_paid.json() == {
        "error": "conflict",
        "message": f"Order #{s.amy_gid}-2 is not marked as paid, so there is nothing to undo:"
        " nothing was changed.",
    }
    assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit
    await client.post(f"/api/v1/orders/{s.cat_order}/paid")
    await world.say("family", "amy", f"/pickedup {s.amy_gid}-2")
    picked = await client.post(f"/api/v1/orders/{s.cat_order}/unpaid")
    assert picked.status_code == 422
    assert picked.json()["message"] == (
        f"Order #{s.amy_gid}-2 was already picked up, so its payment cannot be undone: nothing was changed."
    )
    others = api(world, await token_for(world, member="playground:dan"))
    assert (await others.post(f"/api/v1/orders/{s.bob_order}/unpaid")).status_code == 404


async def test_the_docs_list_every_operation_and_load_nothing_from_elsewhere(world: ConsoleWorld) -> None:
    page = await world.browser().get("/api/v1/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for method, path in (
        ("GET", "/api/v1/group-buys"),
        ("GET", "/api/v1/group-buys/{group_buy_id}/orders"),
        ("POST", "/api/v1/group-buys/{group_buy_id}/pickup"),
        ("POST", "/api/v1/orders/{order_id}/paid"),
        ("POST", "/api/v1/orders/{order_id}/unpaid"),
        ("POST", "/api/v1/pickup-codes/{pickup_code}/verify"),
    ):
        assert f"<code>{method} {path}</code>" in page.text
    assert "<script" not in page.text and "https://" not in page.text and "http://" not in page.text
    assert '<a href="/api/v1/openapi.json">' in page.text
    schema = (await world.browser().get("/api/v1/openapi.json")).json()
    assert set(schema["paths"]) == {
        "/group-buys", "/group-buys/{group_buy_id}/orders", "/group-buys/{group_buy_id}/pickup",
        "/orders/{order_id}/paid",
        "/orders/{order_id}/unpaid", "/pickup-codes/{pickup_code}/verify",
    }  # fmt: skip
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


async def test_a_failure_is_500_in_json_and_logged(
    world: ConsoleWorld, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))

    async def broken(*_: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr("bot.console.api.visible_group_buys", broken)
    answer = await client.get("/api/v1/group-buys")
    assert answer.status_code == 500
    assert answer.json() == {
        "error": "failed",
        "message": "Something went wrong on our side; nothing was changed. Try again.",
    }
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        "console request GET /api/v1/group-buys failed"
    ]
