"""Review 98 #12: Frank's `举报 3 广告` put Eve's note #3 in the moderation queue, and the dashboard's top
notes listed it first at the same moment. A note a member reported that no admin has decided on is left
out of the top notes; left up by an admin, it is back."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


def _top_notes(page: str) -> str:
    found = re.search(r'<section[^>]*id="top-notes">(.*?)</section>', page, re.S)
    assert found is not None
    return found.group(1)


async def test_a_reported_note_leaves_the_top_notes_until_an_admin_decides(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        await world.say("family", "bob", "/note Sweet mangoes, thin skin")
        await world.say("family", "cat", "/note Juicy and cheap this week")
        admin = await world.admin()
        before = _top_notes((await admin.get("/dashboard")).text)
        await world.say("family", "frank", "/report 2 spam")
        reported = _top_notes((await admin.get("/dashboard")).text)
        left_up = await post_form(admin, "/moderation/notes/2/restore", {"seen": "flagged"})
        decided = _top_notes((await admin.get("/dashboard")).text)

    assert "Juicy and cheap" in before and "Sweet mangoes" in before
    assert "Juicy and cheap" not in reported
    assert "Sweet mangoes" in reported
    assert left_up.status_code == 303
    assert "Juicy and cheap" in decided
