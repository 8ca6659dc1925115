"""Session 15 review (fe 33): the console's page of a group buy showed its status, sold/target, deadline,
chat and organiser, but not what buyers pay or may take: no price, tiers, stock, limit or pickup. It now
shows them (in the unit it is sold by), the options of one with options, and the card as the chat reads it."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _details(page: str) -> dict[str, str]:
    pairs = re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", page)
    return {html.unescape(k): html.unescape(v) for k, v in pairs}


async def test_a_group_buy_sold_by_the_kg_shows_price_tiers_stock_limit_and_pickup(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say(
            "family",
            "amy",
            "/groupbuy Rice price 10/kg tiers 20:8 stock 50 limit 10 target 5 pickup Gate 3"
            " payment PayNow to Amy",
        )
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        await world.say("family", "bob", "+3 kg")
        client = await world.member("amy")

        page = (await client.get(f"/group-buys/{gid}", headers={"Accept-Language": "en"})).text

        details = _details(page)
        assert details["Price"] == "¥10/kg"
        assert "20 kg" in details["Tiers"] and "¥8" in details["Tiers"]
        assert details["Stock"] == "47 kg left of 50 kg"
        assert details["Limit per person"] == "10 kg"
        assert details["Pickup"] == "Gate 3"
        assert details["Payment note"] == "PayNow to Amy"
        card = html.unescape(re.search(r'<pre class="card-text">(.*?)</pre>', page, re.S).group(1))  # type: ignore[union-attr]
        assert "Rice" in card and "Bob" in card


async def test_a_group_buy_with_options_shows_each_option_in_chinese(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy 月饼 options 豆沙:48:10,莲蓉:58")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        client = await world.member("amy")

        page = (await client.get(f"/group-buys/{gid}", headers={"Accept-Language": "zh-CN"})).text

        details = _details(page)
        assert "豆沙" in details["规格"] and "¥48" in details["规格"]
        assert "莲蓉" in details["规格"] and "¥58" in details["规格"]
        assert "价格" not in details  # each option has its own


async def test_an_options_refunded_units_are_not_counted_taken_as_on_the_card(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say(
            "family", "amy", "/groupbuy Mooncakes options red bean:48,egg yolk:68 target 1"
        )
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        await world.say("family", "bob", "+2 red bean")
        await world.say("family", "cat", "+1 red bean")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-2")
        await world.say("family", "amy", f"/refund {gid}-2")
        client = await world.member("amy")

        page = (await client.get(f"/group-buys/{gid}", headers={"Accept-Language": "en"})).text

        options = _details(page)["Options"]
        card = (await world.app.render_card(gid)).text or ""
        assert "red bean ¥48 · 2 taken" in options and "2 taken" in card  # Cat's 1 refunded, as on the card
