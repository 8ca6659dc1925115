"""Review: `/ledger?member=Cat` said "No such member: write their id as the member page shows it
(telegram:123)" while `/members` showed only "Cat", no id anywhere. The ledger now takes a name (one
member of that name: theirs; several: each listed with their id to pick; none: said so), and the
members page has an ID column."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop

BOBS = "<td><code>commission_available:bob</code></td>"


async def test_the_ledger_takes_a_name_and_lists_several_of_it_with_their_ids(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        await world.say("family", "kim", "hello")
        await world.say("family", "KIM", "hello")  # another member, also shown as "Kim"
        admin = await world.admin()

        members = (await admin.get("/members")).text
        assert "<th>ID</th>" in members
        assert "<td><code>playground:cat</code></td>" in members
        assert "<td><code>playground:KIM</code></td>" in members

        for name in ("Bob", "BOB"):
            page = await admin.get("/ledger", params={"member": name})
            assert page.status_code == 200, name
            assert BOBS in page.text, name
        cat = await admin.get("/ledger", params={"member": "Cat"})
        assert cat.status_code == 200
        assert "No member is called" not in cat.text

        several = await admin.get("/ledger", params={"member": "Kim"})
        assert several.status_code == 422
        assert (
            "Several members are called &#34;Kim&#34;: pick one below (each with their id)." in several.text
        )
        assert '<a href="/ledger?member=playground%3Akim">Kim</a> <code>playground:kim</code>' in several.text
        assert '<a href="/ledger?member=playground%3AKIM">Kim</a> <code>playground:KIM</code>' in several.text
        picked = await admin.get("/ledger", params={"member": "playground:KIM"})
        assert picked.status_code == 200

        nobody = await admin.get("/ledger", params={"member": "Zed"})
        assert nobody.status_code == 422
        assert "No member is called &#34;Zed&#34; or has that id" in nobody.text
