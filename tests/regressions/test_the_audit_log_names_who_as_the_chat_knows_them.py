"""Session 36: the audit page's Who column showed raw ids (`playground:amy`, `console:dan`), so an admin
had to look each one up on the Members page. It now names the person as the chat of the change knows
her (her room alias there, else her display name), with the id under it in small text (what the Who
filter takes); a console admin as `管理员 dan` / "Admin dan"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

ADMIN = {"zh": "管理员 dan", "en": "Admin dan"}


def who_cells(page: str) -> list[str]:
    """The Who column's cells, as the page shows them (tags left out, the lines of one cell kept apart)."""
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    cells = re.findall(r"<tr><td>[^<]*</td><td>(.*?)</td>", rows)
    return [" | ".join(part for part in re.split(r"<[^>]+>", cell) if part) for cell in cells]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_who_is_named_as_the_chat_knows_them_with_the_id_beside(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        mangoes = await world.open_group_buy("family", "amy", "Mangoes")
        pears = await world.open_group_buy("family", "bob", "Pears")
        rice = await world.open_group_buy("office", "amy", "Rice")
        tea = await world.open_group_buy("office", "amy", "Tea", target=1)
        await world.say("office", "cat", f"+1 #{tea}")
        async with world.app.uow_factory() as uow:  # in the family group she goes by her room alias
            await uow.members.seen(
                platform="playground", user_id="amy", display_name="Amy", username=None, language=None,
                chat_id="family", alias="芒果妈妈", at=world.clock.now(),
            )  # fmt: skip
            await uow.commit()
        amy, bob = await world.member("amy"), await world.member("bob")
        assert (await post_form(amy, f"/group-buys/{mangoes}/cancel", {"confirm": "yes"})).status_code == 303
        assert (await post_form(amy, f"/group-buys/{rice}/cancel", {"confirm": "yes"})).status_code == 303
        assert (await post_form(bob, f"/group-buys/{pears}/cancel", {"confirm": "yes"})).status_code == 303
        admin = await world.admin("dan")
        assert (await post_form(admin, f"/group-buys/{tea}/close")).status_code == 303

        admin.cookies.set("lang", lang)
        page = (await admin.get("/audit")).text
        cells = who_cells(page)
        assert "芒果妈妈 | playground:amy" in cells  # the family group's name for her: Mangoes, there
        assert "Amy | playground:amy" in cells  # Rice, in the office group: her display name
        assert "Bob | playground:bob" in cells
        assert f"{ADMIN[lang]} | console:dan" in cells
        assert not any(cell in ("playground:amy", "playground:bob") for cell in cells)  # never the id alone

        found = who_cells((await admin.get("/audit", params={"who": "芒果妈妈"})).text)  # the name shown
        assert found and all(cell.endswith("| playground:amy") for cell in found), found
