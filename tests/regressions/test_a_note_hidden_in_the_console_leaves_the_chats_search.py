"""Session 43 (notes): a note an admin hid in the console must not be found by the chat's note search
(`搜 …`, `/notes …`), in the group nor privately; restored, it is found again."""

from __future__ import annotations

import html
from pathlib import Path

from handlers.types import Reply
from tests.unit.bot.console.console_client import console_world, post_form


def _said(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.text)


async def test_a_hidden_note_is_not_found_and_a_restored_one_is_again(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "sam", "/note the plums are sweet and big")
        await world.say("family", "tom", "/note plums arrived juicy")
        before = _said(await world.say("family", "kim", "/notes plums"))
        assert "#1" in before and "#2" in before, before
        admin = await world.admin()

        hid = await post_form(admin, "/moderation/hide", {"note": "1", "why": "ads", "seen": "shown"})
        assert hid.status_code == 303

        group = _said(await world.say("family", "kim", "/notes plums"))
        assert "#2" in group and "#1" not in group and "sweet" not in group, group
        alone = _said(await world.say("family", "kim", "/notes sweet"))
        assert "#1" not in alone and "sweet and big" not in alone, alone
        private = _said(await world.say("kim", "kim", "/notes plums", private=True))
        assert "#2" in private and "#1" not in private, private

        restored = await post_form(admin, "/moderation/notes/1/restore", {"seen": "hidden"})
        assert restored.status_code == 303
        page = html.unescape((await admin.get("/moderation")).text)
        assert "#1" in page

        again = _said(await world.say("family", "kim", "/notes plums"))
        assert "#1" in again and "#2" in again, again


async def test_in_chinese_a_hidden_note_on_a_kind_is_not_found_by_the_products_name(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("家", "amy", "接龙 海南贵妃芒 5斤 价格 88")
        await world.say("家", "sam", "种草 #1 贵妃芒个头大，想要的加我微信")
        await world.say("家", "tom", "种草 #1 芒果很甜")
        before = _said(await world.say("家", "kim", "搜 芒果"))
        assert "#1" in before and "#2" in before, before
        admin = await world.admin()
        admin.cookies.set("lang", "zh")

        hid = await post_form(admin, "/moderation/hide", {"note": "1", "why": "广告"})
        assert hid.status_code == 303
        assert "笔记 #1" in html.unescape((await admin.get("/moderation")).text)

        for words in ("搜 芒果", "搜 贵妃芒", "搜笔记 个头大", "搜 微信"):
            found = _said(await world.say("家", "kim", words))
            assert "Sam" not in found and "想要的" not in found, (words, found)
        private = _said(await world.say("kim", "kim", "搜 芒果", private=True))
        assert "Sam" not in private and "#2" in private, private

        await post_form(admin, "/moderation/notes/1/restore", {})
        again = _said(await world.say("家", "kim", "搜 个头大"))
        assert "#1 Sam" in again and "想要的" in again, again
