"""rep55 #8: a payment confirmed in the console (已收 on Ben's order 3-3, help-sold by Max in block7) sent
Max no commission message, while the chat's `/paid 1-4` did ("Ben paid: you earned ¥3…"). The console's
Mark paid now tells the help-seller the same, in her language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

EARNED = {
    "zh": "Ben 付款了：你赚了 ¥1 佣金",
    "en": "Ben paid: you earned ¥1 commission on order #{gid}-1 of Mangoes.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_payment_tells_the_help_seller_her_commission(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("max", "max", f"/lang {lang}", private=True)
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "amy", f"/helpsell #{gid} on 10%")
        await world.say("block7", "max", f"/helpsell #{gid}")
        await world.say("block7", "ben", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.admin()
        since = len(await world.outbox_rows())

        done = await post_form(client, "/orders/paid", {"order": f"{gid}-1"})

        assert done.status_code == 303
        told = [
            reply["text"]
            for row in (await world.outbox_rows())[since:]
            if (reply := json.loads(row["payload"])["reply"]).get("private_to") == "max"
        ]
        assert len(told) == 1, told
        assert told[0].startswith(EARNED[lang].format(gid=gid)), told
