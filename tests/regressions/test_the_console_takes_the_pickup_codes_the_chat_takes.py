"""Session 9: the console's pickup-code form refused "３２４３" (full-width, as a Chinese keyboard types
it) with "Write it like: /pickupcode 4827", while the chat's `核销 ５０２８` worked. The form reads codes
as the chat does, and says what is wrong in its own words, not as a chat command."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from storage.tables import orders
from tests.unit.bot.console.console_client import console_world, post_form


async def test_the_console_takes_the_pickup_codes_the_chat_takes(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1")
        async with world.engine.connect() as conn:
            code = str((await conn.execute(sa.select(orders.c.pickup_code))).scalar_one())
        client = await world.member("amy")

        bad = await post_form(client, "/pickup", {"code": "32"})
        assert bad.status_code == 422
        assert "A pickup code is 4 to 6 digits, e.g. 4827" in bad.text and "/pickupcode" not in bad.text

        wide = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        page = await post_form(client, "/pickup", {"code": wide})
        assert page.status_code == 200, page.text
        assert f"#{gid}-1" in page.text and "Bob" in page.text
