"""rep101 #13: restoring a reported ad from the console's hidden list (恢复) showed it again without its
⚠️ 未验证 and said only `笔记 #2 已恢复显示；作者已收到通知。`: the moderator was never told that Restore
keeps the note (as the chat's `/unhide` does: never flagged again), dropping the mark. The hidden list now
says beside such a note that it was flagged and that Restore shows it unmarked (an ad: still without ✅,
out of /top and digests), and the Restore's answer says so too."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

ROW = {
    "zh": "隐藏前标着 ⚠️ 未验证（留了联系方式：广告）。恢复后不再标 ⚠️，但仍没有 ✅，也不进本周精选和摘要。",
    "en": "Flagged ⚠️ Unverified before it was hidden (a contact to buy through: an ad). Restore shows it "
    "without ⚠️, still with no ✅ and out of /top and digests.",
}
RESTORED = {
    "zh": "笔记 #{n} 已恢复显示；作者已收到通知。它原来标着 ⚠️ 未验证：恢复就是看过并保留，卡片不再标 ⚠️，"
    "以后也不会再被标记。它留了联系方式（广告），所以仍然没有 ✅，也不进本周精选和摘要。",
    "en": "Note #{n} is shown again; its author was told. It was flagged ⚠️ Unverified: restoring it "
    "keeps it, so its card no longer says ⚠️ and it will not be flagged again. It leaves a contact to buy "
    "through (an ad), so it still gets no ✅ and stays out of /top and digests.",
}


async def _ad(world: ConsoleWorld) -> int:
    """Spammy's note, flagged ⚠️ as it is posted: a contact to buy through."""
    replies = await world.say("family", "spammy", "种草 便宜芒果加微信 wx12345 私聊下单 比群里便宜")
    return -next(r.card_of for r in replies if r.card_of is not None)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_hidden_ads_row_and_restore_say_its_mark_goes(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        n = await _ad(world)
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        assert (await post_form(admin, "/moderation/hide", {"note": str(n), "why": "ad"})).status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert ROW[lang] in page

        restored = await post_form(admin, f"/moderation/notes/{n}/restore", {"seen": "hidden"})
        assert restored.status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert RESTORED[lang].format(n=n) in page


async def test_a_note_hidden_unflagged_is_restored_as_before(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        n = shop.bob_note
        admin = await world.admin()
        hidden = await post_form(admin, "/moderation/hide", {"note": str(n), "why": "off topic"})
        assert hidden.status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert "before it was hidden" not in page
        restored = await post_form(admin, f"/moderation/notes/{n}/restore", {"seen": "hidden"})
        assert restored.status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert f"Note #{n} is shown again; its author was told." in page
        assert "It was flagged" not in page
