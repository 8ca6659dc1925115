"""Review 42: organiser Amy (no admin) opened /moderation and read who reported each note
("1 人举报：Gus") and the hidden notes with their reasons, though reporters are promised only admins
know, and the chat refuses her `待审笔记`. The moderation pages are now the admins': she gets a 403 page
saying only admins review notes, in her language, and her menu does not offer the page."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import flag, open_shop


@pytest.mark.parametrize(
    ("lang", "refused"),
    [("zh", "只有管理员可以审核笔记"), ("en", "Only admins review notes")],
)
async def test_an_organiser_gets_no_moderation_page(tmp_path: Path, lang: str, refused: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        await flag(world, shop.bob_note, "family")
        await world.say("family", "gus", f"/report {shop.bob_note} not a real buyer")
        root = await world.admin()
        admin_page = html.unescape((await root.get("/moderation")).text)
        assert "Gus" in admin_page and "Sweet mangoes, thin skin" in admin_page  # the admin sees it
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        for response in (
            await amy.get("/moderation"),
            await post_form(amy, "/moderation/hide", {"note": str(shop.bob_note), "why": "ad"}),
            await post_form(amy, f"/moderation/notes/{shop.bob_note}/restore", {"seen": "flagged"}),
        ):
            page = html.unescape(response.text)
            assert response.status_code == 403, page
            assert refused in page and "Gus" not in page and "Sweet mangoes" not in page
            assert 'href="/moderation"' not in page  # the menu offers her no such page
        assert 'href="/moderation"' not in (await amy.get("/dashboard")).text
        assert 'href="/moderation"' in (await root.get("/dashboard")).text
        assert await world.audit_rows() == []
