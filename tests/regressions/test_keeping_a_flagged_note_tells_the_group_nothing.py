"""Review 32: 保留 (Leave up) on a flagged note never hidden flashed "已恢复显示；作者已收到通知" (nobody
was told) and posted "…no longer marked unverified" in the group. The flash now says it is kept and no
longer flagged; the group gets no post (its card only refreshed), the author nothing. A hidden note's
恢复显示 still tells the group and the author."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import flag, open_shop


@pytest.mark.parametrize(
    ("lang", "kept", "restored"),
    [
        ("zh", "笔记 #{n} 已保留：它没有被隐藏过，现在不再标记为待审（群里和作者都没有收到通知）。",
         "笔记 #{n} 已恢复显示；作者已收到通知。"),
        ("en", "Note #{n} is kept: it was never hidden and is no longer flagged "
         "(neither the group nor its author was told).",
         "Note #{n} is shown again; its author was told."),
    ],
)  # fmt: skip
async def test_leave_up_posts_nothing_and_says_kept(
    tmp_path: Path, lang: str, kept: str, restored: str
) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        n = shop.bob_note
        await flag(world, n, "family")
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        before = len(await world.outbox_rows())
        response = await post_form(admin, f"/moderation/notes/{n}/restore", {"seen": "flagged"})
        assert response.status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert kept.format(n=n) in page
        assert "已恢复显示" not in page and "shown again" not in page
        replies = [json.loads(str(r["payload"]))["reply"] for r in (await world.outbox_rows())[before:]]
        assert [r.get("text") for r in replies if r.get("text")] == []  # no post, no word to Bob
        assert [r.get("card_of") for r in replies] == [-n]  # the card only refreshed
        # hidden, then restored: the group and the author are told, as before
        await post_form(admin, "/moderation/hide", {"note": str(n), "why": "ad"})
        before = len(await world.outbox_rows())
        await post_form(admin, f"/moderation/notes/{n}/restore", {"seen": "hidden"})
        assert restored.format(n=n) in html.unescape((await admin.get("/moderation")).text)
        told = [json.loads(str(r["payload"]))["reply"] for r in (await world.outbox_rows())[before:]]
        assert [r["private_to"] for r in told if r.get("private_to")] == ["bob"]
