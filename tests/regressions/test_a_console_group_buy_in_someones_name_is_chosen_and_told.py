"""Review 32: 开新团 in a chat whose latest organiser was Amy, sent without an organiser (Enter after
picking the group), opened it as Amy's, and she was never told a group buy she must collect for was
opened in her name. The organiser is now chosen every time (refused, nothing opened, without one), and
she is told privately, in her language."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

FORM = {"title": "Apples", "price": "10", "target": "1", "chat": "family"}


@pytest.mark.parametrize(
    ("lang", "pick", "told"),
    [
        ("zh", "请从列表中选择团长：这个群的一位成员。",
         "管理员 dan 用你的名义在「Family Group」开了 Apples（#{id}）："
         "团长是你，买家付款给你，截单、收款请留意。"),
        ("en", "Choose who organises it: one of this chat's members in the list.",
         "Admin dan opened Apples (#{id}) in Family Group in your name: you are its organiser, "
         "buyers pay you; watch its close and payments."),
    ],
)  # fmt: skip
async def test_the_organiser_is_picked_and_told(tmp_path: Path, lang: str, pick: str, told: str) -> None:
    async with console_world(tmp_path) as world:
        if lang == "zh":
            await world.say("amy", "amy", "/lang zh", private=True)
        await world.open_group_buy("family", "amy", "Plums")
        dan = await world.admin("dan")
        dan.cookies.set("lang", lang)
        page = (await dan.get("/group-buys/new", params={"chat": "family"})).text
        assert " selected>Amy</option>" not in page  # nobody chosen for the admin
        before = len(await world.outbox_rows())
        refused = await post_form(dan, "/group-buys/new", FORM)  # no organiser field: Enter after the chat
        assert refused.status_code == 422 and pick in html.unescape(refused.text)
        assert len(await world.outbox_rows()) == before
        made = await post_form(dan, "/group-buys/new", {**FORM, "organiser": "playground:amy"})
        assert made.status_code == 303, made.text
        gid = int(made.headers["location"].rsplit("/", 1)[1])
        rows = (await world.outbox_rows())[before:]
        private = [
            reply["text"]
            for reply in (json.loads(row["payload"])["reply"] for row in rows)
            if reply.get("private_to") == "amy"
        ]
        assert private == [told.format(id=gid)]
