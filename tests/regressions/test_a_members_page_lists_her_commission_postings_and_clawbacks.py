"""Review 57 #8: the member page's "Their transactions in the ledger" was a link followed by her payouts
alone (#4 requested, #1 rejected), read as all her transactions: her commission postings and the
clawbacks of refunds were not there. An admin's member page now lists her latest ledger postings (the
commission earned, freed and clawed back), then her payouts under their own heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_members_page_lists_her_commission_postings_and_clawbacks(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        await world.say("family", "amy", f"/refund {shop.mangoes}-1")  # Bob's ¥10 taken back
        root = await world.admin()
        root.cookies.set("lang", lang)
        page = (await root.get("/members/playground:bob")).text
        heading = "TA 在账本里的流水" if lang == "zh" else "Their transactions in the ledger"
        section = page.split(f"<h2>{heading}</h2>")[1].split("<h2>")[0]
        rows = [row for row in section.split("<tr>")[2:]]
        keys = [row.split("<code>")[1].split("</code>")[0] for row in rows]
        amounts = [row.split("</td><td>")[3] for row in rows]
        assert "commission_pending:bob" in keys and "commission_available:bob" in keys, keys
        assert "¥10" in amounts and "-¥10" in amounts, amounts  # earned, and clawed back by the refund
        assert all(f"#{shop.mangoes}-1" in row for row in rows), rows
        assert ("在账本里看全部" if lang == "zh" else "All of them in the ledger") in section

        amy = await world.member("amy")  # an organiser sees no one's ledger here
        assert heading not in (await amy.get("/members/playground:bob")).text
