"""Every API POST route refuses a body that is not the JSON object it asks for (not JSON, an array, a
field it does not take, `true` for a number): 422 naming what was wrong, in the caller's language
with our own words (never pydantic's English), and nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.bot.console.api_client import api, pickup_code, shop, token_for
from tests.unit.bot.console.console_client import ConsoleWorld

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"{bad", "the body is not valid JSON"),
        (b"[1]", "the body must be a JSON object (or left out)"),
        (b"1", "the body must be a JSON object (or left out)"),
        (b'"paid"', "the body must be a JSON object (or left out)"),
        (b'{"paid": true}', 'the body has a field "paid" that this call does not take'),
    ],
)
async def test_paid_with_a_bad_body_is_422_and_the_order_stays_unpaid(
    world: ConsoleWorld, body: bytes, says: str
) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    rows, audit = len(await world.outbox_rows()), len(await world.audit_rows())
    answer = await client.post(f"/api/v1/orders/{s.bob_order}/paid", content=body, headers=JSON)
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"] == "invalid"
    assert answer.json()["message"] == f"Bad input, nothing was changed: {says}"
    assert [d["where"] for d in answer.json()["detail"]] == ["body.paid" if b'"paid":' in body else "body"]
    assert len(await world.outbox_rows()) == rows and len(await world.audit_rows()) == audit
    listed = await client.get(f"/api/v1/group-buys/{s.amy_gid}/orders")
    assert [o["status"] for o in listed.json()["orders"]] == ["pending_payment", "pending_payment"]


async def test_paid_without_a_body_or_with_an_empty_object_still_works(world: ConsoleWorld) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    bare = await client.post(f"/api/v1/orders/{s.bob_order}/paid")
    assert bare.status_code == 200 and bare.json()["order"]["status"] == "paid"
    empty = await client.post(f"/api/v1/orders/{s.cat_order}/paid", content=b"{}", headers=JSON)
    assert empty.status_code == 200 and empty.json()["order"]["status"] == "paid"


@pytest.mark.parametrize("value", [b"true", b"1.0", b'"1"', b"false"])
async def test_group_buy_id_must_be_a_whole_number_not_true(world: ConsoleWorld, value: bytes) -> None:
    s = await shop(world)
    await api(world, await token_for(world, member="playground:amy")).post(
        f"/api/v1/orders/{s.bob_order}/paid"
    )
    code = await pickup_code(world, s.bob_order)
    await world.add_admin()
    client = api(world, await token_for(world, admin="root"))
    rows = len(await world.outbox_rows())
    body = b'{"group_buy_id": ' + value + b"}"
    answer = await client.post(f"/api/v1/pickup-codes/{code}/verify", content=body, headers=JSON)
    assert answer.status_code == 422, answer.text
    assert answer.json()["message"] == (
        "Bad input, nothing was changed: group_buy_id must be a whole number from 1 to 2147483647 "
        "(not text, true or a decimal), or null"
    )
    assert answer.json()["detail"] == [
        {"where": "body.group_buy_id", "problem": answer.json()["message"][32:]}
    ]
    assert len(await world.outbox_rows()) == rows


@pytest.mark.parametrize(
    ("path", "body", "says"),
    [
        ("/api/v1/orders/{order}/paid", b"{bad", "请求体不是有效的 JSON"),
        ("/api/v1/orders/{order}/paid", b"[1]", "请求体必须是一个 JSON 对象"),
        ("/api/v1/pickup-codes/9999/verify", b"[1]", "请求体必须是一个 JSON 对象"),
        (
            "/api/v1/pickup-codes/9999/verify",
            b'{"group_buy": 1}',
            "请求体里的字段「group_buy」不是这个接口接受的",
        ),
        (
            "/api/v1/pickup-codes/9999/verify",
            b'{"group_buy_id": true}',
            "group_buy_id 必须是 1 到 2147483647 的整数",
        ),
    ],
)
async def test_a_chinese_caller_reads_the_problem_in_chinese(
    world: ConsoleWorld, path: str, body: bytes, says: str
) -> None:
    s = await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    headers = {**JSON, "accept-language": "zh-CN"}
    answer = await client.post(path.format(order=s.bob_order), content=body, headers=headers)
    assert answer.status_code == 422, answer.text
    message = answer.json()["message"]
    assert message.startswith("输入有误，什么都没有改动：") and says in message, message
    assert not any(word in message for word in ("Input", "Extra", "valid dictionary", "JSON decode")), message
