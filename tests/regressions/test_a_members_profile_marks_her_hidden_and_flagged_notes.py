"""Review 101 #12: a member's profile listed her notes with no mark, though /moderation listed them
under 已隐藏的笔记 with their reasons: an admin deciding on a mute could not see it from her page. Now
a hidden note says so with the admins' reason, and a flagged one (in the queue) says so."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

MARKS = {
    "zh": ("sweet plums, big <strong class=\"note-mark\">（已隐藏：off topic）</strong>",
           "plums are juicy <strong class=\"note-mark\">（已标记，待审核）</strong>"),
    "en": ("sweet plums, big <strong class=\"note-mark\">(hidden: off topic)</strong>",
           "plums are juicy <strong class=\"note-mark\">(flagged, waiting for the admins)</strong>"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_profile_marks_hidden_and_flagged_notes(tmp_path: Path, lang: str) -> None:
    hidden, flagged = MARKS[lang]
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "sam", "/note sweet plums, big")
        await world.say("family", "sam", "/note plums are juicy")
        await world.say("family", "sam", "/note plums again, fresh today")
        await world.say("family", "cat", "/report 2 spam")
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        response = await post_form(admin, "/moderation/hide", {"note": "1", "why": "off topic"})
        assert response.status_code == 303

        page = html.unescape((await admin.get("/members/playground:sam")).text)
        assert hidden in page and flagged in page
        assert "plums again, fresh today</td>" in page  # a note nobody doubts: no mark
