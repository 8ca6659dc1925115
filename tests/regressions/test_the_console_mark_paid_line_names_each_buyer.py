"""s33 tail #4: the console's Mark paid said only numbers (`已确认收款：#1-1、#1-2。`) where the chat's
`已收 1-1 1-2` names each buyer; now it names them as the chat does (`#1-1（Bob）`, "#1-1 Bob")."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": "已确认收款：#1-1（Bob）、#1-2（Cat）。已逐一通知买家，并发了取货码。",
    "en": "Marked paid: #1-1 Bob, #1-2 Cat. Each buyer was told, with their pickup code.",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_each_order_marked_is_named_with_its_buyer(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}
        assert (await post_form(admin, "/orders/paid", picks)).status_code == 303

        assert flash_of((await admin.get("/orders")).text) == SAID[lang]
