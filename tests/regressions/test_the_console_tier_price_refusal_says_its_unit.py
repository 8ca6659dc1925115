"""Review (session 20): the console's new group buy form refused a tier not cheaper than the one before
with "满 10的价格（¥13）必须低于上一档（¥12）": no unit, no space, where the chat says "满 10斤的价格
（¥13/斤）". The console's text now says the quantity and the prices in the group buy's unit (none:
`10 份`), in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form

FORM = {"chat": "family", "title": "Lychees", "target": "3", "deadline": "3d"}


async def test_the_tier_price_refusal_says_the_unit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("garden", "amy", "Plums")  # she organises: the console lets her in
        await world.say("family", "amy", "hello")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")

        per_jin = await post_form(client, "/group-buys/new", {**FORM, "price": "12/斤", "tiers": "10:13"})
        plain = await post_form(client, "/group-buys/new", {**FORM, "price": "12", "tiers": "10:13"})

        assert per_jin.status_code == plain.status_code == 422
        assert field_errors(per_jin.text)["tiers"] == (
            "满 10斤的价格（¥13/斤）必须低于上一档（¥12/斤），例如 10:78, 20:68。"
        )
        assert field_errors(plain.text)["tiers"] == (
            "满 10 份的价格（¥13）必须低于上一档（¥12），例如 10:78, 20:68。"
        )
        client.cookies.set("lang", "en")
        per_kg = await post_form(client, "/group-buys/new", {**FORM, "price": "12/kg", "tiers": "10:13"})
        assert per_kg.status_code == 422
        assert field_errors(per_kg.text)["tiers"] == (
            "The price from 10 kg (¥13/kg) must be lower than the price before it (¥12/kg), "
            "e.g. 10:78, 20:68."
        )
        assert len(await world.outbox_rows()) == before  # nothing opened
