"""Review (session 18): an organiser in the console was shown Hide, Restore, Leave up and Stop posting
buttons on /moderation and on members' pages, and every one answered "only the group's admins can
moderate notes". Only the shop's admins act there: an organiser sees the queue and the members without
those buttons, with one line saying who can, and a post of one is answered with that line.
(Review 42: the moderation pages are now the admins' alone, see
test_the_moderation_pages_keep_who_reported_a_note_to_admins; the members' page keeps this.)"""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

ONLY_ADMINS = (
    "Only the shop's admins hide notes and stop members posting here; "
    "in a group, its admins send /hide and /mute."
)


async def test_an_organiser_sees_who_moderates_and_no_button(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        amy = await world.member("amy")
        member = html.unescape((await amy.get("/members/playground:bob")).text)
        assert ONLY_ADMINS in member and 'bob/mute"' not in member
        posted = await post_form(amy, "/members/playground:bob/mute", {"chat": "family", "why": "ads"})
        assert posted.status_code == 303
        assert ONLY_ADMINS in html.unescape((await amy.get(posted.headers["location"])).text)
        root = await world.admin()
        assert 'action="/moderation/hide"' in (await root.get("/moderation")).text  # admins act
        assert await world.audit_rows() == []
