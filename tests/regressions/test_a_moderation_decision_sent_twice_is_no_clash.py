"""Review 101 #5: Leave up (保留) or Restore (恢复) sent twice on /moderation was answered as a colleague's
clash ("你打开这页后，这一项（笔记 #3）已被保留…"), and a restored note sent again from the flagged list was
said to be "已被保留" though it was restored. Now a note already where the form asks is said so as payouts
are ("…已经恢复显示了，和你要做的一样"), and a real clash names the state the note is really in."""

from __future__ import annotations

import html
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": ("笔记 #{n} 已保留：它没有被隐藏过",
           "笔记 #{n} 已经保留、不再标记了，和你要做的一样，不用再操作（没有任何改动）。",
           "笔记 #{n} 已恢复显示；作者已收到通知。",
           "笔记 #{n} 已经恢复显示了，和你要做的一样，不用再操作（没有任何改动）。",
           "你打开这页后，这一项（笔记 #{n}）已被恢复显示；看过后再操作（没有任何改动）。"),
    "en": ("Note #{n} is kept: it was never hidden",
           "Note #{n} is left up already and no longer flagged, as you asked; nothing more to do "
           "(nothing was changed).",
           "Note #{n} is shown again; its author was told.",
           "Note #{n} is shown again already, as you asked; nothing more to do (nothing was changed).",
           "Note #{n} was shown again by someone else since you opened this page; look and act again "
           "(nothing was changed)."),
}  # fmt: skip


async def _flash(client: httpx.AsyncClient, path: str, data: dict[str, str]) -> str:
    response = await post_form(client, path, data)
    assert response.status_code == 303
    return html.unescape((await client.get("/moderation")).text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_leave_up_and_restore_twice_say_it_is_done(tmp_path: Path, lang: str) -> None:
    kept, kept_again, restored, restored_again, stale_restored = SAID[lang]
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "sam", "/note sweet plums, big")
        await world.say("family", "tom", "/note plums are juicy")
        await world.say("family", "cat", "/report 1 spam")
        await world.say("family", "cat", "/report 2 spam")
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        page = await _flash(admin, "/moderation/notes/1/restore", {"seen": "flagged"})
        assert kept.format(n=1) in page
        page = await _flash(admin, "/moderation/notes/1/restore", {"seen": "flagged"})
        assert kept_again.format(n=1) in page and "已被保留" not in page and "someone else" not in page

        await _flash(admin, "/moderation/hide", {"note": "2", "why": "ads", "seen": "flagged"})
        before = len(await world.outbox_rows())
        page = await _flash(admin, "/moderation/notes/2/restore", {"seen": "hidden"})
        assert restored.format(n=2) in page
        told = len(await world.outbox_rows())
        assert told > before
        page = await _flash(admin, "/moderation/notes/2/restore", {"seen": "hidden"})
        assert restored_again.format(n=2) in page
        # the same note restored, sent from a page that showed it hidden then flagged: no "kept"
        page = await _flash(admin, "/moderation/hide", {"note": "2", "why": "ads", "seen": "flagged"})
        assert stale_restored.format(n=2) in page
        assert len(await world.outbox_rows()) == told  # nobody told anything again
