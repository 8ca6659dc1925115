"""Review 101 #8: the orders export said only `未付款` (then `已报付款`) for an order the organiser had
received part of, while the Orders page says `未付款（已收 ¥5，还差 ¥15）`: someone counting cash from the
sheet saw the buyer owe all of it. And `/export/orders.csv?pickup=nowhere` (or `/orders?option=zz`) gave
a file or a page of nothing without a word. Now the export's status reads as the page's, and a pickup
point or option none of the group buys has is said beside its field (422), nothing listed."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

PART = {"zh": "未付款（已收 ¥5，还差 ¥15）", "en": "Unpaid (¥5 received, ¥15 to go)"}
UNKNOWN = {
    "zh": ("这些团购里没有“nowhere”这个取货点：请从列表里选一个（或选“全部”）。没有列出任何订单。",
           "这些团购里没有“zz”这个选项：请从列表里选一个（或选“全部”）。没有列出任何订单。"),
    "en": ("There is no pickup point “nowhere” in these group buys: pick one from the list (or All). "
           "No orders were listed.",
           "There is no option “zz” in these group buys: pick one from the list (or All). "
           "No orders were listed."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_export_says_the_part_received(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("amy", "amy", f"只收到 {gid}-1 5", private=True)
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        page = html.unescape((await admin.get(f"/orders?group_buy={gid}")).text)
        assert PART[lang] in page
        sheet = (await admin.get(f"/export/orders.csv?group_buy={gid}")).content.decode("utf-8-sig")
        assert PART[lang] in sheet

        pickup, option = UNKNOWN[lang]
        for path, said in (
            ("/export/orders.csv?pickup=nowhere", pickup),
            ("/orders?pickup=nowhere", pickup),
            ("/orders?option=zz", option),
            ("/export/orders.xlsx?option=zz", option),
        ):
            response = await admin.get(path)
            assert response.status_code == 422, path
            text = html.unescape(response.text)
            assert said in text and "Bob" not in text.split(said)[1], path
