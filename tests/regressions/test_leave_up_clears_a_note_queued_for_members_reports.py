"""Review 42: "保留 / Leave up" on a note in the queue only because members reported it (Eve's #3,
reported by Gus) answered "你打开这页后，这一项（笔记 #3）已被保留…" blaming someone else, nothing was
done and the note stayed queued for good, while the chat's `取消隐藏 3` clears it. Leave up now clears it
as the chat does: said kept, out of the queue, audited. A chat whose only queued notes are reported ones
is listed too."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


@pytest.mark.parametrize(
    ("lang", "kept", "stale"),
    [
        ("zh", "笔记 #{n} 已保留：它没有被隐藏过，现在不再标记为待审", "已被保留"),
        ("en", "Note #{n} is kept: it was never hidden and is no longer flagged", "by someone else"),
    ],
)
async def test_leave_up_of_a_reported_note_clears_it(
    tmp_path: Path, lang: str, kept: str, stale: str
) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        n = shop.eve_note
        await world.say("work", "gus", f"/report {n} not a real buyer")
        root = await world.admin()
        root.cookies.set("lang", lang)
        queue = html.unescape((await root.get("/moderation")).text)
        assert "Juicy plums" in queue and "Gus" in queue  # listed, though never flagged
        assert f'action="/moderation/notes/{n}/restore"' in queue

        response = await post_form(root, f"/moderation/notes/{n}/restore", {"seen": "flagged"})

        assert response.status_code == 303
        page = html.unescape((await root.get("/moderation")).text)
        assert kept.format(n=n) in page and stale not in page, page
        assert "Juicy plums" not in page  # out of the queue
        entries = await world.audit_rows()
        assert [e["action"] for e in entries] == ["note.restore"]
        assert entries[0]["subject"] == f"note:{n}"
