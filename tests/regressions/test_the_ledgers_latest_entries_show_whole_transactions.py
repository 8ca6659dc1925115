"""Review 82 #12: with nothing searched, the console's `/ledger` listed the latest 20 postings, so the
transaction at the bottom was cut in half (`#1-2 paid` showed 3 of its 4 legs). Now it lists the latest
transactions whole, about 20 postings of them: each one shown has every posting its order's ledger has."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from tests.unit.bot.console.console_client import console_world

CODE = re.compile(r"(?<![\w#-])\d+-[2-9A-HJKMNP-Z]{4}")
ROW = re.compile(r"<tr><td>[^<]*</td><td>([^<]*)</td><td>")


def transactions(page: str) -> Counter[str]:
    """How many postings the page lists per transaction (by its sentence, `Order #1-2 paid ¥100`)."""
    table = page.split("<tbody>", 1)[1] if "<tbody>" in page else ""
    return Counter(html.unescape(what) for what in ROW.findall(table))


async def test_the_latest_ledger_entries_end_on_a_whole_transaction(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100")
        await world.say("family", "amy", "/commission 20%")
        code = CODE.search("\n".join(r.text for r in await world.say("family", "bob", "/share")))
        assert code is not None
        buyers = ["cat", "dan", "eve", "fay", "gus", "hal", "ivy"]
        for buyer in buyers:
            await world.say("family", buyer, f"+1 {code.group(0)}")
        await world.say("family", "amy", "/close")
        for number in range(1, len(buyers) + 1):
            await world.say("family", "amy", f"/paid 1-{number}")
        await world.say("family", "amy", "/pickedup 1-7")  # a transaction of 2 postings: 20 is mid-way
        root = await world.admin("root")

        page = await root.get("/ledger")

        assert page.status_code == 200
        shown = transactions(page.text)
        assert 0 < sum(shown.values()) <= 20
        for number in range(1, len(buyers) + 1):
            whole = transactions((await root.get("/ledger", params={"order": f"1-{number}"})).text)
            for what, legs in whole.items():
                if what in shown:
                    assert shown[what] == legs, (what, shown[what], legs)
        assert len(shown) >= 4  # several whole transactions, not one
