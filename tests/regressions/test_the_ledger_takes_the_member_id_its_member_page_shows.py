"""Review: `/ledger?member=playground:bob` (the id the console's member page shows) said "No
transactions" while `member=bob` listed them, and a member nobody knows got an empty ledger too. The
shown id is now taken (its platform prefix dropped), and an unknown member is said to be one."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop

BOBS = "<td><code>commission_available:bob</code></td>"


async def test_the_member_page_id_lists_the_same_ledger_and_an_unknown_member_is_said(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        admin = await world.admin()
        bare = await admin.get("/ledger", params={"member": "bob"})
        shown = await admin.get("/ledger", params={"member": "playground:bob"})
        assert bare.status_code == shown.status_code == 200
        assert BOBS in bare.text and BOBS in shown.text
        assert "No transactions." not in shown.text
        for nobody in ("zed", "playground:zed"):
            page = await admin.get("/ledger", params={"member": nobody})
            assert page.status_code == 422, nobody
            assert "or has that id: write their name, or their id as the members page shows it" in page.text
            assert "No transactions." not in page.text
