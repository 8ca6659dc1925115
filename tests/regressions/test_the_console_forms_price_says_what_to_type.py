"""Review (session 19), beside the target: the console's new group buy form answered a price, tiers or
options mistake with the chat's example, "请这样写：价格 88、价格 88.5 或 价格 ¥88", "e.g. tiers
10:78,20:68", "Example: /groupbuy Mangoes options 3kg:58,5kg:88". Each now says what to write in the
field, in the page's language, no chat command."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "3", "deadline": "3d"}


async def test_the_price_tiers_and_options_fields_say_what_to_write(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        price = await post_form(client, "/group-buys/new", {**FORM, "price": "abc"})

        assert price.status_code == 422
        assert (
            field_errors(price.text)["price"] == "“abc”不是有效的价格，没有任何改动：请写成 88、88.5 或 ¥88。"
        )
        client.cookies.set("lang", "en")
        tiers = await post_form(client, "/group-buys/new", {**FORM, "tiers": "x:y"})
        assert tiers.status_code == 422
        assert field_errors(tiers.text)["tiers"] == (
            "I can't read the tiers “x:y”: write quantity:price pairs, e.g. 10:78, 20:68."
        )
        both = await post_form(client, "/group-buys/new", {**FORM, "options": "3kg:58, 5kg:88"})
        assert both.status_code == 422
        assert (
            field_errors(both.text)["options"]
            == "With options each option has its own price: leave Price empty."
        )
        assert len(await world.outbox_rows()) == before  # nothing opened
