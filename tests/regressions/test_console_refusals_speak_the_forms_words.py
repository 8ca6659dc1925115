"""Review (session 18): the console's forms answered with the chat's wording: a negative target, stock or
limit was "“target”后面的“-1”不是整数。例如：target 10" (an English keyword on a Chinese page, and -1 is a
whole number), an empty title "…例如：接龙 海南贵妃芒 5斤 价格 88 …", tiers that go up "Example: price 88
tiers 10:78,20:68" above the form instead of beside Tiers, a payout approved twice "send /payouts paid 1".
Each now says what the form's field or button wants."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form
from tests.unit.bot.console.people_shop import open_shop

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "10", "deadline": "3d"}


async def test_a_forms_mistakes_are_said_in_its_own_words(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        bad = await post_form(
            client, "/group-buys/new", {**FORM, "target": "-1", "stock": "ten", "title": ""}
        )
        assert bad.status_code == 422
        said = field_errors(bad.text)
        assert said["target"] == (
            "The target must be a whole number from 1 to 9999 (you wrote -1): write one in Target, e.g. 10."
        )
        assert said["stock"] == "“ten” is not a whole number: write one, e.g. 10. Nothing was changed."
        assert said["title"] == "Write what you are selling: the product's name."
        up = await post_form(client, "/group-buys/new", {**FORM, "tiers": "5:40, 10:45"})
        assert field_errors(up.text)["tiers"] == (
            "The price from 10 (¥45) must be lower than the price before it (¥40), e.g. 10:78, 20:68."
        )
        client.cookies.set("lang", "zh")  # the page's language switch
        zh = await post_form(client, "/group-buys/new", {**FORM, "limit": "-1"})
        assert field_errors(zh.text)["limit"] == (
            "每人限购须为 1 到 9999 的整数（你填的是 -1）：请在“每人限购”一栏填一个整数，例如 3；"
            "填 0 或空着就是不限购。"
        )


async def test_a_payout_approved_twice_names_the_button(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        admin = await world.admin()
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        await admin.get("/payouts")  # its flash read
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        page = html.unescape((await admin.get("/payouts")).text)
        assert "Payout #1 is approved already; once it is paid, press Mark paid beside it." in page
