"""Review: the console's Moderation Hide sent with the note number left empty said "No such note in your
chats". It now says to write a note number."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_an_empty_note_number_is_asked_for(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        admin = await world.admin()
        response = await post_form(admin, "/moderation/hide", {"note": " ", "why": "spam"})
        assert response.status_code == 422
        said = 'id="note-error" class="field-error">Write a note number, such as 12'
        assert said in response.text and "No such note" not in response.text
        assert await world.audit_rows() == []
