"""Review 72 #1, #2: ticking an unpaid order and one reported short (Bob said ¥5 of ¥20) and pressing
Mark paid for the ticked orders said "Marked paid: #1-1, …" though the short one was not marked (the chat's
question went to nobody) and the group read that details were sent privately. Now the full ones are
marked (buyer, group and organiser told), the short one is held back and named with its gap and the
row's two buttons that record it (all of it, or only the part reported); a row already paid is named
with why, the others still marked. The single Mark paid of a short report is held back the same way."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

SHORT = {
    "zh": "没有标记 #1-1：Bob 报的付款是 ¥5，应付 ¥20，还差 ¥15，没有任何改动。"
    "全部收到了就点这一行的“全部收到 ¥20”；只收到 ¥5 就点“只收到 ¥5”（订单仍是未付款，会告诉买家补齐）。",
    "en": "Not marked #1-1: Bob reported ¥5 of ¥20, ¥15 short. Nothing was changed. If all of it came,"
    " click “Received ¥20 in full” on its row; if only ¥5 came, click “Only ¥5 received”"
    " (the order stays unpaid and the buyer is told what is left).",
}
MARKED = {
    "zh": "已确认收款：#1-2（Cat）。已通知买家，并发了取货码。",
    "en": "Marked paid: #1-2 Cat. The buyer was told, with their pickup code.",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


def texts(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    said = []
    for row in rows:
        reply = (
            json.loads(row["payload"])["reply"]
            if isinstance(row["payload"], str)
            else row["payload"]["reply"]
        )
        if reply.get("text"):
            said.append((row["chat_id"], reply["text"]))
    return said


async def closed_with_bob_short(world: ConsoleWorld) -> int:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
    await world.say("family", "bob", "+2")
    await world.say("family", "cat", "+1")
    await world.say("family", "dan", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "bob", "/ipaid 1-1 5")
    await world.say("family", "amy", "/paid 1-3")
    return gid


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_full_one_is_marked_and_the_short_one_named_with_its_gap(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await closed_with_bob_short(world)
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        before = len(await world.outbox_rows())
        picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", f"pick_{gid}-3": "on"}

        assert (await post_form(admin, "/orders/paid", picks)).status_code == 303
        page = (await admin.get("/orders")).text

        flash = flash_of(page)
        assert flash.startswith(MARKED[lang]), flash
        assert SHORT[lang] in flash
        assert "#1-3" in flash.splitlines()[-1]  # already paid: named with why, the others still marked
        told = texts((await world.outbox_rows())[before:])
        assert any(chat == "cat" for chat, _ in told)  # the full one's buyer, with her pickup code
        assert any(chat == "family" and "#1-2" in text for chat, text in told)
        assert any(chat == "amy" and "#1-2" in text for chat, text in told)  # the organiser, once
        assert not any("#1-1" in text for _, text in told)  # the short one: nobody told anything
        assert not any(chat == "bob" for chat, _ in told)
        # its row offers the two ways to record it in place of Mark paid
        full = "全部收到 ¥20" if lang == "zh" else "Received ¥20 in full"
        part = "只收到 ¥5" if lang == "zh" else "Only ¥5 received"
        assert f'name="received" value="{gid}-1:2000">{full}</button>' in page
        assert f'name="received" value="{gid}-1:500">{part}</button>' in page
        assert (
            "已报付款（报了 ¥5，还差 ¥15）" if lang == "zh" else "Reported paid (¥5 of it, ¥15 short)"
        ) in page


async def test_the_single_mark_paid_of_a_short_report_is_held_back(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await closed_with_bob_short(world)
        admin = await world.admin()
        before = len(await world.outbox_rows())

        await post_form(admin, "/orders/paid", {"order": f"{gid}-1"})

        assert flash_of((await admin.get("/orders")).text) == SHORT["en"]
        assert texts((await world.outbox_rows())[before:]) == []


async def test_only_the_part_received_keeps_it_unpaid_and_tells_the_buyer(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await closed_with_bob_short(world)
        admin = await world.admin()
        before = len(await world.outbox_rows())

        await post_form(admin, "/orders/paid", {"received": f"{gid}-1:500"})

        page = (await admin.get("/orders")).text
        assert (
            flash_of(page)
            == "Recorded for #1-1: only ¥5 received. The order stays unpaid, ¥15 to go; the buyer was told."
        )
        assert "Unpaid (¥5 received, ¥15 to go)" in page
        assert any(
            chat == "bob" and "¥15" in text for chat, text in texts((await world.outbox_rows())[before:])
        )


async def test_all_of_it_received_marks_it_paid(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await closed_with_bob_short(world)
        admin = await world.admin()
        admin.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        await post_form(admin, "/orders/paid", {"received": f"{gid}-1:2000"})

        assert (
            flash_of((await admin.get("/orders")).text)
            == "已确认收款：#1-1（Bob）。已通知买家，并发了取货码。"
        )
        assert any(chat == "bob" for chat, _ in texts((await world.outbox_rows())[before:]))
