"""s49's console player: an admin's deadline change (`3d` in the console's Deadline field, `修改 #1 截止 …`
in the chat) was told to the organiser as raw timestamps, `Admin root changed your Tarts (#7): deadline
2026-12-09 04:29 → 2026-12-11 04:31`, while the group read `ends Fri 11 Dec 04:31 (was Wed 9 Dec 04:29)`.
She now reads both times as the card and the group say them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, form_of, post_form
from tests.unit.handlers.conftest import fake_chat

TOLD = {
    "zh": "管理员 dan 修改了你的 大米（#1）：截止时间 11月24日 周二 12:00 → 11月26日 周四 20:00",
    "en": "Admin dan changed your Rice (#1): deadline Tue 24 Nov 12:00 → Thu 26 Nov 20:00",
}
IN_CHAT = {
    "zh": ("接龙 大米 价格 60", "修改 #1 截止 明天20:00",
           "Boss 修改了你的 大米（#1）：截止时间 11月24日 周二 12:00 → 11月24日 周二 20:00"),
    "en": ("/groupbuy Rice price 60", "/edit #1 ends tomorrow 20:00",
           "Boss changed your Rice (#1): deadline Tue 24 Nov 12:00 → Tue 24 Nov 20:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_admins_deadline_change_reads_as_the_card(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        if lang == "zh":
            await world.say("family", "amy", "/lang zh")
        await world.say("family", "amy", IN_CHAT[lang][0])
        dan = await world.admin("dan")
        form = await form_of(dan, "/group-buys/1/edit")
        before = len(await world.outbox_rows())

        response = await post_form(dan, "/group-buys/1/edit", {**form, "deadline": "2026-11-26 20:00"})

        assert response.status_code == 303, response.text
        sent = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[before:]]
        assert [reply["text"] for reply in sent if reply.get("private_to") == "amy"] == [TOLD[lang]]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admins_deadline_change_reads_as_the_card(lang: str) -> None:
    opening, edit, told = IN_CHAT[lang]
    chat = fake_chat()
    chat.admins = {"boss"}
    await chat.say("amy", opening)

    assert chat.private(await chat.say("boss", edit)) == {"amy": told}
