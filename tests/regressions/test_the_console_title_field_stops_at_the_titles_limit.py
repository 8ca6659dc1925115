"""Review 72 #5: the group buy form's Title field took 500 characters (`maxlength="500"`) while saving
one over 80 is refused ("商品名太长了（最多 80 个字）"). The field now stops at 80, on the edit form and
the new group buy's form alike; the other fields keep theirs."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def maxlength(page: str, name: str) -> str:
    found = re.search(rf'<input id="{name}" name="{name}"[^>]*maxlength="(\d+)"', page)
    assert found, name
    return found.group(1)


async def test_the_title_field_takes_at_most_80_characters(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")
        amy = await world.member("amy")

        edit = await amy.get(f"/group-buys/{gid}/edit")
        new = await amy.get("/group-buys/new")

        assert edit.status_code == new.status_code == 200
        assert maxlength(edit.text, "title") == "80"
        assert maxlength(new.text, "title") == "80"
        assert maxlength(edit.text, "pickup") == "500"
