"""Session 34: the English audit log read "payout #1", "note #3" and "order #1-1" beside "Group buy #1":
every subject it names in words now starts with a capital ("Payout #1", "Note #3", "Order #1-1",
"Group buy #1"); the Chinese rows are unchanged (`提现 #1`, `笔记 #3`, `订单 #1-1`, `团购 #1`), and the
Subject filter still takes a subject as the row shows it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import flag, open_shop

WORDS = {
    "en": ("Order #{order}", "Payout #1", "Note #{note}", "Group buy #{gid}"),
    "zh": ("订单 #{order}", "提现 #1", "笔记 #{note}", "团购 #{gid}"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_each_subject_in_words_reads_alike(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        await flag(world, shop.bob_note, "family")
        root = await world.admin()
        root.cookies.set("lang", lang)
        order = f"{shop.mangoes}-1"
        assert (await post_form(root, "/payouts/1/approve", {"seen": "requested"})).status_code == 303
        refund = {"order": order, "confirm": "yes", "amount": "20", "reason": "bruised"}
        assert (await post_form(root, "/orders/refund", refund)).status_code == 303
        hide = {"note": str(shop.bob_note), "why": "ad", "seen": "flagged"}
        assert (await post_form(root, "/moderation/hide", hide)).status_code == 303
        assert (await post_form(root, f"/group-buys/{shop.plums}/close")).status_code == 303

        page = html.unescape((await root.get("/audit")).text)
        rows = page.split("<tbody>")[1]
        shown = [w.format(order=order, note=shop.bob_note, gid=shop.plums) for w in WORDS[lang]]
        for said in shown:
            assert f">{said}</span>" in rows, (said, rows)
            found = html.unescape((await root.get("/audit", params={"about": said})).text)
            assert f">{said}</span>" in found.split("<tbody>")[1], (said, found)
        subjects = re.findall(r'<span title="[^"]*">([^<]*)</span>', rows)
        assert subjects and all(not s[:1].islower() for s in subjects), subjects
