"""Session 8: emptying an optional field in the console's edit form (a group buy's pickup point or
payment note) was ignored: a blank field meant "leave it", so the old value stayed and nothing said
so. Now an emptied optional field removes it through the chat's own /edit service (the group told,
the card updated); an emptied required field is refused beside it, nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form


async def test_an_emptied_console_field_clears_it(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Mangoes price 10 target 3 pickup Gate 3")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        client = await world.member("amy")
        form = await form_of(client, f"/group-buys/{gid}/edit")
        assert form["pickup"] == "Gate 3"
        response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "pickup": ""})
        assert response.status_code == 303, response.text
        assert "Pickup: Gate 3" not in ((await world.app.render_card(gid)).text or "")
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        assert 'name="pickup" value=""' in page
        refused = await post_form(client, f"/group-buys/{gid}/edit", {**form, "pickup": "", "title": ""})
        assert refused.status_code == 422
        assert '<p id="title-error" class="field-error">This field cannot be emptied' in refused.text
