"""Task s22 C2: the console API's order actions (`POST /api/v1/orders/{id}/paid`, `/unpaid`) on a
help-sold (帮卖) order returned the chat command's answer as `message` and also sent it into the
caller's private chat with the bot, as the console's web forms did until they stopped (review s21
finding 10). An admin's 核销 (`POST /api/v1/pickup-codes/{code}/verify`) of such an order's code sent
it there too, then answered 500 "nothing was changed" though the order was handed over (it took her
for the buyer told). The API now only returns it; the buyer, the help-seller and the cards are still
told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world

ANSWERS = {
    "zh": (
        "订单 #1-1（Eve，¥100）已标记为已付款。\n这单的佣金：Bob 的帮卖佣金 ¥10（已私信告知）。",
        "已撤销订单 #1-1（Eve，¥100）的已收：改回待付款（不是退款），已私信告诉对方。\n"
        "一并撤回了佣金：#1-1 Bob 的帮卖佣金 ¥10；已私信告诉 Bob。",
    ),
    "en": (
        "Order #1-1 of Eve (¥100) is marked as paid.\n"
        "Commission on it: Bob's ¥10 help-sell commission (told privately).",
        "Undone: order #1-1 of Eve (¥100) is not paid again (no refund); they were told privately.\n"
        "Commission taken back with it: #1-1 Bob's ¥10 help-sell commission; told privately: Bob.",
    ),
}


async def _sent_since(world: ConsoleWorld, start: int) -> dict[str, list[str]]:
    """The texts the outbox got after row `start`, by the chat they go to."""
    sent: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[start:]:
        sent.setdefault(row["chat_id"], []).append(json.loads(row["payload"])["reply"].get("text", ""))
    return sent


@pytest.mark.parametrize("asked", ["zh", "en", None])
async def test_the_apis_paid_and_unpaid_of_a_help_sold_order_answer_in_the_response_only(
    tmp_path: Path, asked: str | None
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 100 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("street", "eve", "+1")
        await world.say("family", "amy", "截单")
        client = api(world, await token_for(world, member="playground:amy"))
        if asked is not None:
            client.headers["accept-language"] = asked
        order = await order_id(world, 1, 1)
        paid, unpaid = ANSWERS[asked or "zh"]  # none asked: as the chat was told (a Chinese group buy)

        for action, answer, told in (("paid", paid, {"eve"}), ("unpaid", unpaid, {"eve", "bob"})):
            start = len(await world.outbox_rows())
            response = await client.post(f"/api/v1/orders/{order}/{action}")
            sent = await _sent_since(world, start)

            assert response.status_code == 200, response.text
            assert response.json()["message"] == answer
            assert "amy" not in sent, (action, sent["amy"])  # her answer: the response, not her chat
            assert told <= set(sent), (action, sent)


HANDED = {
    "zh": "✅ 取货码 {code}：Eve 的订单 #1-1，共 1 份：\n• 面包 × 1\n请按此交货，订单已标记为已提货。",
    "en": "✅ Code {code}: order #1-1 of Eve, 1 unit:\n• 面包 × 1\n"
    "Hand these over: the order is marked as picked up.",
}


@pytest.mark.parametrize("asked", ["zh", "en", None])
async def test_an_admins_verify_of_a_help_sold_orders_code_answers_in_the_response_only(
    tmp_path: Path, asked: str | None
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 100 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("street", "eve", "+1")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", "已收 1-1")
        await world.add_admin()
        client = api(world, await token_for(world, admin="root"))
        if asked is not None:
            client.headers["accept-language"] = asked
        code = await pickup_code(world, await order_id(world, 1, 1))
        start = len(await world.outbox_rows())

        response = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": 1})
        sent = await _sent_since(world, start)

        assert response.status_code == 200, response.text
        assert response.json()["message"] == HANDED[asked or "zh"].format(code=code)
        assert response.json()["order"]["status"] == "fulfilled"
        # the buyer, the cards, the help-seller whose commission it freed (as the chat's 核销) and the
        # organiser, told of an admin's 核销 as of an admin's 已取货 (session 42); no one else
        assert set(sent) == {"eve", "family", "street", "bob", "amy"}, sent
        assert sent["amy"] == ["管理员 root 把你的 面包（#1）订单 #1-1（Eve，¥100）标记为已取货。"], sent
        freed = "Eve 已提货（面包 订单 #1-1）：这单给你的 ¥10 佣金现在可提现了，发“提现”申请。"
        assert sent["bob"] == [freed], sent
