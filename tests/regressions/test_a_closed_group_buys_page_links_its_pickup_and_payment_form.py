"""Review 98 #11: a closed group buy's console page (and its row) offered only Open again and Orders,
though its edit form still changes its pickup and payment, what an organiser most needs after the close;
she had to type the URL. A group buy that went ahead links the form; an open one keeps its Change."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_a_closed_group_buy_links_its_pickup_and_payment_form(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        went_ahead = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        still_open = await world.open_group_buy("family", "amy", "Durian", target=5)
        await world.say("family", "bob", f"+1 #{went_ahead}")
        await world.say("family", "amy", f"/close #{went_ahead}")
        admin = await world.admin()

        page = (await admin.get(f"/group-buys/{went_ahead}")).text
        listed = (await admin.get("/group-buys")).text
        running = (await admin.get(f"/group-buys/{still_open}")).text

    link = f'<a href="/group-buys/{went_ahead}/edit">Pickup &amp; payment</a>'
    assert link in page
    assert link in listed
    assert f'<a href="/group-buys/{still_open}/edit">Change</a>' in running
    assert "Pickup &amp; payment" not in running
