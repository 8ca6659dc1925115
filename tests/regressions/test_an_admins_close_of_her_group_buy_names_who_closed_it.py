"""Review 29 #6: the console's 立即截单 by an admin, and a bot admin's `截单 #17` in the group, sent the
organiser the plain `已截单：桃子（#17）成团了…` summary, as if she had closed it. Now her summary says
first who closed it: `管理员 dan 截单了你的 桃子（#17）。` (a console admin, by the console login, told
her alone), the admin's name in a chat; the summary follows unchanged. Her own close is as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat

SUMMARY = {
    "zh": "已截单：{title}（#1）成团了，¥30/份，共 2 个订单、2 份，应收 ¥60。",
    "en": "Closed: {title} (#1) succeeded at ¥30 each: 2 orders, 2 units, ¥60 to collect.",
}
CONSOLE = {"zh": "管理员 root 截单了你的 Mangoes（#1）。\n", "en": "Admin root closed your Mangoes (#1).\n"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_admins_close_names_the_admin_to_the_organiser(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("amy", "amy", f"/lang {lang}", private=True)
        opening = "接龙 Mangoes 价格 30" if lang == "zh" else "/groupbuy Mangoes price 30"
        await world.say("family", "amy", opening)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        client = await world.admin("root")
        since = len(await world.outbox_rows())

        assert (await post_form(client, "/group-buys/1/close")).status_code == 303

        rows = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]
        hers = [reply["text"] for reply in rows if reply.get("private_to") == "amy" and reply.get("text")]
        assert len(hers) == 1, hers
        assert hers[0].startswith(CONSOLE[lang] + SUMMARY[lang].format(title="Mangoes")), hers


CHAT = {
    "zh": ("接龙 芒果 价格 30", "截单 #1", "Boss 截单了你的 芒果（#1）。\n"),
    "en": ("/groupbuy Mangoes price 30", "/close #1", "Boss closed your Mangoes (#1).\n"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admins_close_names_the_admin_and_her_own_does_not(lang: str) -> None:
    opening, close, by = CHAT[lang]
    title = "芒果" if lang == "zh" else "Mangoes"
    for closer, first in (("boss", by), ("amy", "")):
        chat = fake_chat(default_language=lang)
        chat.admins = {"boss"}
        await chat.say("amy", opening)
        await chat.say("bob", "+1")
        await chat.say("cat", "+1")

        told = chat.private(await chat.say(closer, close))

        assert told["amy"].startswith(first + SUMMARY[lang].format(title=title)), told["amy"]
