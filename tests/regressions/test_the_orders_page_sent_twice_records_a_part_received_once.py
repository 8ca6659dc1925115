"""Review 98 #1: on `/orders`, 20 typed beside #6-1 (Bob, ¥90) and 只收到 pressed, then the same page sent
again (a double click, back and send again): both were recorded, ¥40 received, and Bob read that ¥20 came
twice. The orders page now carries a one-time key as the refund form does: the same page sent again
records nothing more and says so, Bob is told once; a fresh page records a second instalment as before."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


SAID = {
    "zh": (
        "已记下 #{n} 只收到 ¥20：订单仍是未付款，还差 ¥70，已告诉买家补齐。",
        "这张页面已经给订单 #{n} 记下只收到 ¥20 了，没有再记：现在共收到 ¥20，还差 ¥70。"
        "又收到一笔就在刷新后的订单页再填。",
    ),
    "en": (
        "Recorded for #{n}: only ¥20 received. The order stays unpaid, ¥70 to go; the buyer was told.",
        "This page already recorded ¥20 received for order #{n}; nothing more was recorded: ¥20 received in"
        " all, ¥70 to go. If more came, enter it on the Orders page as it is now.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_page_sent_again_records_it_once(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+9")  # ¥90
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        root = await world.admin()
        root.cookies.set("lang", lang)
        page = await root.get("/orders")
        once = re.search(r'name="once" value="([^"]+)"', page.text)
        assert once is not None
        form = {"part": number, f"part_{number}": "20", "once": once.group(1)}
        since = len(await world.outbox_rows())

        first = await post_form(root, "/orders/paid", form)
        assert first.status_code == 303
        done, repeated = SAID[lang]
        assert flash_of((await root.get("/orders")).text) == done.format(n=number)
        again = await post_form(root, "/orders/paid", form)
        assert again.status_code == 303
        assert flash_of((await root.get("/orders")).text) == repeated.format(n=number)

        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.received_amount == 2000  # ¥20 came, recorded once
        told = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]
        assert len([reply for reply in told if reply.get("private_to") == "bob"]) == 1
        audit = await root.get("/audit")
        assert once.group(1) not in audit.text  # the key is never shown

        fresh = re.search(r'name="once" value="([^"]+)"', (await root.get("/orders")).text)
        assert fresh is not None and fresh.group(1) != once.group(1)
        await post_form(root, "/orders/paid", {**form, "once": fresh.group(1), f"part_{number}": "10"})
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.received_amount == 3000  # a second instalment from a fresh page adds up
