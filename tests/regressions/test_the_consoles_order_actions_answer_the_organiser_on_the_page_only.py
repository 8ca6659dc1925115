"""Review s21 (finding 10): the organiser's own 撤销已收 in the console of a help-sold (帮卖) order also
posted the chat command's answer into her private chat ("已撤销订单 #1-1（Eve，¥100）的已收：…"), and so
did Mark paid, Picked up, Refund and Cancel, while the flash already told her. What she reads is now on
the page only; the buyer, the help-seller and the cards are still told."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _sent_since(world: ConsoleWorld, start: int) -> dict[str, list[str]]:
    """The texts the outbox got after row `start`, by the chat they go to."""
    sent: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[start:]:
        sent.setdefault(row["chat_id"], []).append(json.loads(row["payload"])["reply"].get("text", ""))
    return sent


async def test_the_organisers_console_actions_on_a_help_sold_order_are_said_on_the_page_only(
    tmp_path: Path,
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 100 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("street", "eve", "+1")
        await world.say("street", "fay", "+1")
        await world.say("family", "amy", "截单")
        amy = await world.member("amy")
        steps = [
            ("paid", {"order": "1-1"}, "Marked paid: #1-1 Eve.", {"eve"}),
            ("unpaid", {"order": "1-1"}, "Marked not paid: #1-1.", {"eve", "bob"}),
            ("paid", {"order": "1-1"}, "Marked paid: #1-1 Eve.", {"eve"}),
            ("picked-up", {"order": "1-1"}, "Picked up: #1-1.", {"eve"}),
            ("refund", {"order": "1-1", "confirm": "yes"}, "Refunded: #1-1.", {"eve", "bob"}),
            ("cancel", {"order": "1-2", "confirm": "yes"}, "#1-2", {"fay"}),
        ]
        for action, form, flash, told in steps:
            start = len(await world.outbox_rows())
            assert (await post_form(amy, f"/orders/{action}", form)).status_code == 303
            page = (await amy.get("/orders")).text
            sent = await _sent_since(world, start)

            assert flash in page, (action, page)
            assert "amy" not in sent, (action, sent["amy"])  # her own answer: the flash, not her chat
            assert told <= set(sent), (action, sent)
