"""Review 98 #3: an admin refunding ¥10 from the console of Cat's unpaid #1-2 (¥60, Amy recorded only ¥40
received) told Cat `Amy 退给你 ¥10…` as if Amy had done it, told Amy nothing (though she holds the money and
gives it back), told the group `订单 #1-2（Cat）收到的部分款已退回` as if all ¥40 went back, wrote an audit
entry with no amount, and told the admin to give the money back herself. Now Cat reads that an admin
refunded it and Amy gives it back; Amy is told privately, with the reason; the group reads that a part
went back; the audit entry has the amount and what was held before and after; the page says Amy holds
the money and both were told. All of it given back, the group reads it all went back."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def _told(world: ConsoleWorld, since: int) -> dict[str | None, list[str]]:
    """What was sent since `since`: by whom it went to privately (None: the group), text replies only."""
    told: dict[str | None, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply: dict[str, Any] = json.loads(row["payload"])["reply"]
        if reply.get("text") and not reply.get("card_of"):
            told.setdefault(reply.get("private_to"), []).append(reply["text"])
    return told


async def _refund(
    world: ConsoleWorld, lang: str, amount: str, reason: str
) -> tuple[str, dict[str | None, list[str]]]:
    """Amy's Mangoes (¥10 each, the group speaking `lang`) closed, Cat's #N-1 of ¥60 with ¥40 recorded
    received; the admin root refunds `amount` of it from the console: the page's flash, and who was told
    what."""
    await world.say("family", "amy", "/lang zh" if lang == "zh" else "/lang en")
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "cat", "+6")
    await world.say("family", "amy", "/close")
    await world.say("amy", "amy", f"只收到 {gid}-1 40", private=True)
    root = await world.admin()
    root.cookies.set("lang", lang)
    since = len(await world.outbox_rows())
    form = {f"pick_{gid}-1": "on", "confirm": "yes", "amount": amount, "reason": reason}
    assert (await post_form(root, "/orders/refund", form)).status_code == 303
    return flash_of((await root.get("/orders")).text), await _told(world, since)


PART = {
    "zh": (
        "已记下订单 #1-1（Cat）退回 ¥10：之前只收到 ¥40，现在已收 ¥30，还差 ¥30，仍是未付款。"
        "钱在 Amy 那里：已告诉 Cat 由 Amy 直接退给 TA，也告诉了 Amy。",
        "管理员 已为你的订单 #1-1（Mangoes）办了退款："
        "Amy 会直接退给你 ¥10（之前只收到 ¥40，原因：坏了一个）。"
        "这单还没付清：现在已收 ¥30，还差 ¥30。",
        "管理员 root 给你的 Mangoes（#1）订单 #1-1（Cat）退回了之前只收到的 ¥10："
        "已告诉 Cat 由你把这笔钱退给 TA。"
        "这单仍未付款。",
        "订单 #1-1（Cat）之前收到的款退回了一部分，这单仍未付款。",
    ),
    "en": (
        "Recorded for order #1-1 of Cat: ¥10 given back of the ¥40 received; ¥30 received now,"
        " ¥30 still owed, still unpaid. Amy holds the money: Cat was told Amy gives it back,"
        " and Amy was told.",
        "An admin refunded part of what was received for your order #1-1 (Mangoes): Amy gives ¥10 back to you"
        " (of the ¥40 received; reason: 坏了一个). The order is not paid in full: ¥30 received now,"
        " ¥30 still owed.",
        "Admin root gave back ¥10 received for order #1-1 of your Mangoes (#1), Cat's: Cat was told you give"
        " that back. The order is still unpaid.",
        "Order #1-1 of Cat: part of what was received was given back; the order is still unpaid.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_part_refund_of_money_received_is_said_as_an_admins(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        shown, told = await _refund(world, lang, "10", "坏了一个")
        page, cats, amys, group = PART[lang]
        assert shown == page
        assert told["cat"] == [cats]
        assert amys in told["amy"][0]  # with the reason, as the buyer hears it
        assert "坏了一个" in told["amy"][0]
        assert told[None] == [group]
        [entry] = [row for row in await world.audit_rows() if row["action"] == "order.refund"]
        after = entry["after"] if isinstance(entry["after"], dict) else json.loads(entry["after"])
        before = entry["before"] if isinstance(entry["before"], dict) else json.loads(entry["before"])
        assert after["amount"] == "¥10" and after["received"] == "¥30" and before["received"] == "¥40"


async def test_all_of_it_given_back_tells_the_group_so(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shown, told = await _refund(world, "zh", "", "")
        assert shown == (
            "已记下订单 #1-1（Cat）退回之前只收到的 ¥40：现在已收 ¥0，还差 ¥60，仍是未付款。"
            "钱在 Amy 那里：已告诉 Cat 由 Amy 直接退给 TA，也告诉了 Amy。"
            "不要这单了就在订单页点这单的“取消订单”。"
        )
        assert told[None] == ["订单 #1-1（Cat）收到的部分款已退回，这单仍未付款。"]
        assert told["amy"] == [
            "管理员 root 给你的 Mangoes（#1）订单 #1-1（Cat）退回了之前只收到的 ¥40："
            "已告诉 Cat 由你把这笔钱退给 TA。"
            "这单仍未付款。"
        ]
