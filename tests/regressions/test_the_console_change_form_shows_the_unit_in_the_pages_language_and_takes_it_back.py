"""Session 21 (review 22, finding 8): the console's Change form showed a group buy's unit as kept, an
English page "15.00/斤", a Chinese one "10.00/jin", and an English organiser retyping the price as the page
reads it elsewhere ("45/box" on a per-盒 group buy someone joined) was refused as a new unit; its Target
showed "1" for a group buy opened without one (the API says null). The Price field now says the unit in
the page's language (`said`), the form takes back the unit it shows as the same unit (the price alone
changes, the unit kept), and Target is empty for a group buy opened without one."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form


async def test_the_price_field_says_the_unit_in_the_pages_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Pears price 15/斤")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        client = await world.member("amy")

        client.cookies.set("lang", "en")
        english = await form_of(client, f"/group-buys/{gid}/edit")
        client.cookies.set("lang", "zh")
        chinese = await form_of(client, f"/group-buys/{gid}/edit")

        assert (english["price"], chinese["price"]) == ("15.00/jin", "15.00/斤")
        assert english["target"] == chinese["target"] == ""


async def test_the_unit_the_form_shows_changes_only_the_price(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Mooncakes price 40/盒 target 3")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        await world.say("family", "bob", "+1")
        client = await world.member("amy")
        client.cookies.set("lang", "en")
        form = await form_of(client, f"/group-buys/{gid}/edit")
        assert (form["price"], form["target"]) == ("40.00/box", "3")

        response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "35/box"})

        assert response.status_code == 303, response.text
        assert "¥35/box" in ((await world.app.render_card(gid)).text or "")
        client.cookies.set("lang", "zh")
        assert (await form_of(client, f"/group-buys/{gid}/edit"))["price"] == "35.00/盒"
