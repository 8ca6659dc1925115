"""Review 98 (smaller things): Cat's member page listed #1-2 as a plain `未付款 ¥60` while the orders page
said `未付款（收到 ¥40，已退 ¥15，已收 ¥25，还差 ¥35）`. Her page's order row now says the money received of
an unpaid order, and any given back since, in the orders page's words."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

PART = {"zh": "未付款（已收 ¥10，还差 ¥20）", "en": "Unpaid (¥10 received, ¥20 to go)"}
BACK = {
    "zh": "未付款（收到 ¥10，已退 ¥4，已收 ¥6，还差 ¥24）",
    "en": "Unpaid (¥10 came, ¥4 refunded: ¥6 received, ¥24 to go)",
}


def _row(page: str, number: str) -> str:
    text = html.unescape(page)
    start = text.index(f">#{number}</a>")
    return text[start : text.index("</tr>", start)]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_member_page_says_an_orders_money_received(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 价格 30 成团 1")
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "只收到 1-1 10")
        root = await world.admin()
        root.cookies.set("lang", lang)

        member = (await root.get("/members/playground:bob")).text
        assert PART[lang] in _row(member, "1-1"), _row(member, "1-1")
        assert PART[lang] in html.unescape((await root.get("/orders")).text)  # the orders page's words

        await world.say("family", "amy", "退款 1-1 4")
        orders = html.unescape((await root.get("/orders")).text)
        member = (await root.get("/members/playground:bob")).text
        row = _row(member, "1-1")
        assert BACK[lang] in row and BACK[lang] in orders, row
