"""s49's console player: an edit's price `€4` on a £5 group buy nobody had joined switched it to euros (a
price's own sign does, README), and Lisa was told `price £5 → €4`, but the audit log recorded only
`{"price": "5.00"} → {"price": "4.00"}`, as if the price had dropped by a pound. The currency an edit
changes is now recorded before and after; an edit keeping it records none."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form


async def test_a_price_in_another_currency_records_the_currency_change(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Tarts price £5")
        dan = await world.admin("dan")

        form = await form_of(dan, "/group-buys/1/edit")
        changed = await post_form(dan, "/group-buys/1/edit", {**form, "price": "€4"})
        form = await form_of(dan, "/group-buys/1/edit")
        kept = await post_form(dan, "/group-buys/1/edit", {**form, "price": "3"})

        assert (changed.status_code, kept.status_code) == (303, 303), (changed.text, kept.text)
        edits = [row for row in await world.audit_rows() if row["action"] == "group_buy.edit"]
        assert [(json.loads(row["before"]), json.loads(row["after"])) for row in edits] == [
            ({"price": "5.00", "currency": "GBP"}, {"price": "4.00", "currency": "EUR"}),
            ({"price": "4.00"}, {"price": "3.00"}),
        ]
