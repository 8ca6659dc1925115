"""Review: the console's "new group buy" form said "A field left blank stays as it is" (留空的栏不变), the
edit page's wording: a new group buy has nothing to keep. Its hint now says what is needed and what a
blank field opens with; the edit page keeps its own."""

from __future__ import annotations

from pathlib import Path

from handlers.texts import t
from tests.unit.bot.console.console_client import console_world


async def test_the_new_form_says_what_a_blank_field_opens_with(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
        client = await world.member("amy")
        new = (await client.get("/group-buys/new")).text
        assert "A field left blank stays as it is" not in new
        assert "a field left blank takes the default: a target of 1, ending in 24 hours" in new
        edit = (await client.get(f"/group-buys/{gid}/edit")).text
        assert t("en", "console_group_buy_edit_hint") in edit
    assert "留空的栏不变" not in t("zh", "console_group_buy_form_hint")
    assert "成团 1 份，24 小时后截止" in t("zh", "console_group_buy_form_hint")
