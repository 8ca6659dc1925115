"""Review 80 #11: the audit log's Who column names a console admin `Admin boss` (`管理员 boss`), but the
Who filter with exactly that text answered `No changes match.`; only `boss` or `console:boss` found her
rows. Now the name as the column shows it finds them too, in either language and any case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regressions.test_the_audit_log_names_who_as_the_chat_knows_them import who_cells
from tests.unit.bot.console.console_client import console_world, post_form

TYPED = ["Admin dan", "admin  DAN", "管理员 dan", "管理员dan", "dan", "console:dan"]


@pytest.mark.parametrize("typed", TYPED)
async def test_who_as_the_column_shows_an_admin_finds_her_rows(tmp_path: Path, typed: str) -> None:
    async with console_world(tmp_path) as world:
        tea = await world.open_group_buy("office", "amy", "Tea", target=1)
        rice = await world.open_group_buy("office", "amy", "Rice")
        await world.say("office", "cat", f"+1 #{tea}")
        amy = await world.member("amy")
        assert (await post_form(amy, f"/group-buys/{rice}/cancel", {"confirm": "yes"})).status_code == 303
        admin = await world.admin("dan")
        assert (await post_form(admin, f"/group-buys/{tea}/close")).status_code == 303
        admin.cookies.set("lang", "en")

        found = who_cells((await admin.get("/audit", params={"who": typed})).text)

        assert found == ["Admin dan | console:dan"]  # her close, not Amy's cancel
