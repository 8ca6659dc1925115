"""s38: the console's member page listed her latest 20 ledger postings, so the transaction at the bottom
could be cut in half (a pickup's release of her commission showed 1 of its 2 postings). It now lists her
latest transactions whole, about 20 postings of them: each one shown has every posting of hers the
ledger has for it, and the page still says the ledger lists the rest."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from tests.unit.bot.console.console_client import console_world

CODE = re.compile(r"(?<![\w#-])\d+-[2-9A-HJKMNP-Z]{4}")
ROW = re.compile(r"<tr><td>[^<]*</td><td>([^<]*)</td><td>")


def transactions(page: str) -> Counter[str]:
    """How many postings the page's ledger table lists per transaction (by its sentence)."""
    ledger = page.split("<th>Transaction</th>", 1)[1] if "<th>Transaction</th>" in page else ""
    table = ledger.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in ledger else ""
    return Counter(html.unescape(what) for what in ROW.findall(table))


async def test_her_page_ends_on_a_whole_transaction(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100")
        await world.say("family", "amy", "/commission 20%")
        code = CODE.search("\n".join(r.text for r in await world.say("family", "bob", "/share")))
        assert code is not None
        buyers = ["cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon"]
        for buyer in buyers:
            await world.say("family", buyer, f"+1 {code.group(0)}")
        await world.say("family", "amy", "/close")
        for number in range(1, len(buyers)):  # paid then picked up, one by one: 1 + 2 of Bob's postings
            await world.say("family", "amy", f"/paid 1-{number}")
            await world.say("family", "amy", f"/pickedup 1-{number}")
        await world.say("family", "amy", f"/paid 1-{len(buyers)}")  # newest: 1 posting, so 20 falls mid-way
        root = await world.admin("root")

        page = (await root.get("/members/playground:bob")).text
        every = transactions((await root.get("/ledger", params={"member": "bob"})).text)

        shown = transactions(page)
        assert 0 < sum(shown.values()) <= 20, shown
        assert sum(every.values()) > sum(shown.values()), every  # more than the page shows
        for what, legs in shown.items():
            assert legs == every[what], (what, legs, every[what])
        assert "latest" in page and "the ledger lists every one" in page
