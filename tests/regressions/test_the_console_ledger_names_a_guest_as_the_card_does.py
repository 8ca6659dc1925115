"""rep105 #11: the console's ledger and trial balance named a guest the organiser added (代报) by the key
the ledger keeps, `买家 guest:amy:Grandma`, while every other row reads a name. Now as the card names
her: `买家 Grandma（Amy 代报）`, "Buyer Grandma (added by Amy)"; the key still shown beside it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _guest_paid(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "/groupbuy Mangoes price 20")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "代报 Grandma 1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {gid}-1")
    await world.say("family", "amy", f"/paid {gid}-2")


async def test_the_ledger_and_trial_balance_name_a_guest_and_who_added_her(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _guest_paid(world)
        admin = await world.admin()

        zh = await admin.get("/ledger", headers={"accept-language": "zh"})
        assert zh.status_code == 200
        assert "买家 Grandma（Amy 代报）" in zh.text, zh.text
        assert "买家 guest:" not in zh.text
        en = await admin.get("/ledger", headers={"accept-language": "en"})
        assert "Buyer Grandma (added by Amy)" in en.text, en.text

        trial = await admin.get("/ledger/trial-balance", headers={"accept-language": "zh"})
        assert trial.status_code == 200
        row = r"<td>买家 Grandma（Amy 代报）</td><td>CNY</td><td>-¥20</td>"
        assert re.search(row, trial.text), trial.text
        assert "<code>buyer:guest:amy:Grandma</code>" in trial.text  # the key, for tools, as before
        assert "<td>买家 Bob</td>" in trial.text
