"""Review 101 #10: `/group-buys?q=荔枝&status=open`, with 荔枝 there but closed, said
"没有标题或编号含“荔枝”的团购": the title search was not wrong, the status was. Now a title found only in
other statuses says none of those is in the status asked; a title found nowhere is still blamed."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": ("没有符合条件的团购：标题或编号含“Mangoes”的团购里，没有状态是“已取消”的。",
           "没有符合条件的团购：没有标题或编号含“Plums”的团购。"),
    "en": ("No group buy matches: none with “Mangoes” in its title or number is “Cancelled”.",
           "No group buy matches: none has “Plums” in its title or number."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_status_is_said_when_the_title_is_found(tmp_path: Path, lang: str) -> None:
    in_status, no_title = SAID[lang]
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        page = html.unescape((await admin.get("/group-buys?q=Mangoes&status=cancelled")).text)
        assert in_status in page and no_title.replace("Plums", "Mangoes") not in page

        page = html.unescape((await admin.get("/group-buys?q=Plums&status=cancelled")).text)
        assert no_title in page

        assert "Mangoes" in (await admin.get("/group-buys?q=Mangoes&status=open")).text
