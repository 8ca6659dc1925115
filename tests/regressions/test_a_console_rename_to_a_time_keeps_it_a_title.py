"""A new title that reads as a date, a time or a number (`20:00`, `明天`) is refused as "not a title"
when typed bare (`/edit #12 20:00`); the console's edit form types a new title with its keyword
(`/edit #12 title 20:00`), so renaming a group buy to such a title from the console works, in an
English chat and in a Chinese one, and the card shows the new title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, form_of, post_form


@pytest.mark.parametrize(("lang", "new_title"), [("en", "20:00"), ("zh", "明天")])
async def test_a_console_rename_to_a_time_keeps_it_a_title(tmp_path: Path, lang: str, new_title: str) -> None:
    async with console_world(tmp_path) as world:
        if lang == "zh":
            await world.say("family", "amy", "/lang zh")
        replies = await world.say("family", "amy", "/groupbuy Mangoes price 20")
        [gid] = [int(r.card_of) for r in replies if r.card_of]
        client = await world.member("amy")
        loaded = await form_of(client, f"/group-buys/{gid}/edit")
        assert loaded["title"] == "Mangoes"

        saved = await post_form(client, f"/group-buys/{gid}/edit", {**loaded, "title": new_title})

        assert saved.status_code == 303, saved.text
        card = (await world.app.render_card(gid)).text or ""
        assert new_title in card and "Mangoes" not in card
        shown = (await client.get(f"/group-buys/{gid}")).text
        assert new_title in shown
