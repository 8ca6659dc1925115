"""Review 57 #9: Bob and Cat reported note #3 and Sun reported #1; the admins hid #3 and kept #1, and
none of them heard: the hide told the author and the group, the keep nobody. Each member who reported a
note is now told privately, once, in her own language, that the admins hid it or kept it up (from the
console's Hide and Leave up, as from the chat's /hide and /unhide). Session 36: in her steady language
(her private `/lang`, else her app's, else the note's), no longer the words she reported in: Hal, who
reported in Chinese, reads Chinese because his private chat is `/lang zh`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_a_notes_reporters_are_told_when_admins_hide_or_keep_it(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Eve's note in the work chat, Bob's in the family chat
        await world.say("work", "gus", f"/report {shop.eve_note} spam")
        await world.say("work", "hal", f"举报 {shop.eve_note} 广告")
        await world.say("work", "hal", f"举报 {shop.eve_note} 广告")  # twice: told once
        await world.say("", "hal", "/lang zh", private=True)  # s36: his own setting, not his words, decides
        await world.say("family", "cat", f"/report {shop.bob_note} not true")
        root = await world.admin()
        before = len(await world.outbox_rows())

        hid = await post_form(root, "/moderation/hide", {"note": str(shop.eve_note), "why": "ad"})
        assert hid.status_code == 303
        kept = await post_form(root, f"/moderation/notes/{shop.bob_note}/restore", {"seen": "flagged"})
        assert kept.status_code == 303

        told = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[before:]]
        private = {(r["private_to"], r["text"]) for r in told if r.get("private_to") in ("gus", "hal", "cat")}
        assert private == {
            ("gus", f"Thanks for reporting note #{shop.eve_note}: the admins have hidden it."),
            ("hal", f"谢谢你举报笔记 #{shop.eve_note}：管理员已经把它隐藏了。"),
            (
                "cat",
                f"Thanks for reporting note #{shop.bob_note}: "
                "the admins looked at it and decided to keep it up.",
            ),
        }
        assert len([r for r in told if r.get("private_to") == "hal"]) == 1
