"""Review (session 20): the console's orders exports name each line's group (a help-sold, 帮卖, buyer's
group: the chat's `导出` does too), but the orders page itself had no 群 / Chat column, so an organiser
could not tell there which group a buyer joined in. The page now names it in a column of its own."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _cells(page: str) -> tuple[list[str], list[list[str]]]:
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", page, re.S)
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    assert head is not None and body is not None, page
    heads = re.findall(r"<th>(.*?)</th>", head.group(1))
    rows = re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)
    return heads, [[c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)] for row in rows]


async def test_the_orders_page_names_a_help_sold_buyers_group(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 10 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("family", "cat", "+1")
        await world.say("street", "eve", "+2")
        client = await world.member("amy")

        zh = await client.get("/orders", headers={"accept-language": "zh"})
        en = await client.get("/orders", headers={"accept-language": "en"})

    assert zh.status_code == 200 and en.status_code == 200
    for page, column in ((zh.text, "群"), (en.text, "Chat")):
        heads, rows = _cells(page)
        assert column in heads
        at = heads.index(column)
        groups = {row[3]: row[at] for row in rows}
        assert groups == {"Cat": "Family Group", "Eve": "Street Group"}
