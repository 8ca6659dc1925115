"""The console's audit log showed a Chinese reason as `\\u5e7f\\u544a`: the page rendered each entry's
before and after with an ASCII-only JSON. It now shows them as typed (stored that way already), still
escaped as HTML."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_the_audit_log_shows_reasons_as_typed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        admin = await world.admin()
        form = {"chat": "family", "why": "广告 <b>"}
        assert (await post_form(admin, "/members/playground:bob/mute", form)).status_code == 303
        form = {"note": str(shop.eve_note), "why": "刷单"}
        assert (await post_form(admin, "/moderation/hide", form)).status_code == 303
        page = (await admin.get("/audit")).text
        assert "\\u" not in page
        assert '"why": "广告 &lt;b&gt;"' in page and "<b>" not in page
        assert '"why": "刷单"' in page
