"""Review 72 #6: in /audit a group buy's entry read as the raw `group_buy:4` while the other rows read
"笔记 #1" and "提现 #2". It now reads "团购 #4" / "Group buy #4", the stored subject in its tooltip, and
the subject filter takes it back as the row shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SHOWN = {"zh": "团购 #{gid}", "en": "Group buy #{gid}"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_group_buys_entry_reads_its_number(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        admin = await world.admin()
        assert (await post_form(admin, f"/group-buys/{gid}/close")).status_code == 303
        admin.cookies.set("lang", lang)

        page = (await admin.get("/audit")).text
        shown = SHOWN[lang].format(gid=gid)
        assert f'<span title="group_buy:{gid}">{shown}</span>' in page

        found = await admin.get("/audit", params={"about": shown})
        assert found.status_code == 200
        assert f'<span title="group_buy:{gid}">{shown}</span>' in found.text
