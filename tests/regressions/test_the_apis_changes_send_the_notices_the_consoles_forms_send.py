"""Task s26 C2: the `/api/v1` routes that change state (`/orders/{id}/paid`, `/orders/{id}/unpaid`,
`/pickup-codes/{code}/verify`) had never been checked for the notices the console's forms doing the same
(Mark paid, Undo paid, the pickup page's 核销; since session 42 an admin's 核销 tells the organiser too)
send. They run the same chat handler (`run_command`), so an
admin's token tells the organiser privately as the console's Mark paid and Undo paid do, naming the
admin's login, and the buyer is told it was an admin; an organiser's own call tells her nothing more. Each
is checked through HTTP against the console's form doing it, zh and en. (The API offers no cancel or
refund: those stay the console's forms and the chat's commands.)"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, login, post_form

SAID = {
    "zh": {
        "paid_amy": "管理员 root 把你的 大米（#1）订单 #1-1（Bob，¥60）标记为已收款。",
        "paid_bob": "管理员 已确认收到你订单 #1-1（大米）的付款 ¥60",
        "unpaid_amy": "管理员 root 撤销了你的 大米（#1）订单 #1-1（Bob）的已收款 ¥60，这单又是未付款了。",
        "unpaid_bob": "管理员 把你的订单 #1-1（大米，¥60）改回了未付款",
        "picked_bob": "管理员 已确认你的订单 #1-1（大米）已提货",
        "picked_amy": "管理员 root 把你的 大米（#1）订单 #1-1（Bob，¥60）标记为已取货。",
    },
    "en": {
        "paid_amy": "Admin root marked order #1-1 of your Rice (#1), Bob's, ¥60, as paid.",
        "paid_bob": "An admin confirmed your payment of ¥60 for order #1-1 (Rice).",
        "unpaid_amy": "Admin root undid the payment of order #1-1 of your Rice (#1), Bob's, ¥60: "
        "it is unpaid again.",
        "unpaid_bob": "An admin marked your order #1-1 (Rice, ¥60) as not paid yet",
        "picked_bob": "An admin marked your order #1-1 (Rice) as picked up.",
        "picked_amy": "Admin root marked order #1-1 of your Rice (#1), Bob's, ¥60, as picked up.",
    },
}


async def _private(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    """The private texts the outbox got after row `since`, by whom they go to."""
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("private_to") and reply.get("text"):
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


async def _closed(world: ConsoleWorld, lang: str) -> None:
    await world.say("amy", "amy", f"/lang {lang}", private=True)
    await world.say("bob", "bob", f"/lang {lang}", private=True)
    await world.say("family", "amy", "接龙 大米 价格 60" if lang == "zh" else "/groupbuy Rice price 60")
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "截单" if lang == "zh" else "/close")


async def _api_call(
    world: ConsoleWorld, client: httpx.AsyncClient, path: str, **kw: object
) -> dict[str, list[str]]:
    since = len(await world.outbox_rows())
    response = await client.post(path, **kw)  # type: ignore[arg-type]
    assert response.status_code == 200, response.text
    return await _private(world, since)


async def _form(
    world: ConsoleWorld, browser: httpx.AsyncClient, path: str, data: dict[str, str]
) -> dict[str, list[str]]:
    since = len(await world.outbox_rows())
    response = await post_form(browser, path, data)
    assert response.status_code in (200, 303), response.text
    return await _private(world, since)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_api_paid_unpaid_and_verify_tell_whom_the_console_tells(
    tmp_path: Path, lang: str
) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        await _closed(world, lang)
        await world.add_admin()
        client = api(world, await token_for(world, admin="root"))
        order = await order_id(world, 1, 1)

        paid = await _api_call(world, client, f"/api/v1/orders/{order}/paid")
        assert paid["amy"] == [said["paid_amy"]]
        assert said["paid_bob"] in paid["bob"][0]
        unpaid = await _api_call(world, client, f"/api/v1/orders/{order}/unpaid")
        assert unpaid["amy"] == [said["unpaid_amy"]]
        assert said["unpaid_bob"] in unpaid["bob"][0]

        # the console's forms, by the same admin, tell the same people the same things
        root = world.browser()
        assert (await login(root, "root", "correct horse")).status_code == 303
        assert await _form(world, root, "/orders/paid", {"order": "1-1"}) == paid
        assert await _form(world, root, "/orders/unpaid", {"order": "1-1"}) == unpaid

        await _api_call(world, client, f"/api/v1/orders/{order}/paid")
        code = await pickup_code(world, order)
        verified = await _api_call(
            world, client, f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": 1}
        )
        assert set(verified) == {"bob", "amy"} and said["picked_bob"] in verified["bob"][0], verified
        assert verified["amy"] == [said["picked_amy"]]  # told once, as of an admin's 已取货 (session 42)


async def test_an_organisers_own_api_calls_tell_her_nothing_more(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _closed(world, "en")
        client = api(world, await token_for(world, member="playground:amy"))
        order = await order_id(world, 1, 1)

        paid = await _api_call(world, client, f"/api/v1/orders/{order}/paid")
        unpaid = await _api_call(world, client, f"/api/v1/orders/{order}/unpaid")

        assert "amy" not in paid and "amy" not in unpaid
        assert "Amy confirmed your payment" in paid["bob"][0]
        assert "bob" in unpaid
