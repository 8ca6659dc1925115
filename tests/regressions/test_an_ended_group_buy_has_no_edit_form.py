"""Review (session 18): the Edit page of a failed or a cancelled group buy said "closed: only the pickup
and the payment note can still change" and left those two editable, and every save was refused ("… failed,
ended, nothing changed" / "… cancelled"). Like the Call off page, an ended (failed or cancelled) group
buy now has no Edit page: its own page says why."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_a_cancelled_group_buy_has_no_edit_form(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        cancelled = await world.open_group_buy("family", "amy", "Mangoes")
        await world.say("family", "amy", f"/cancel #{cancelled}")
        client = await world.member("amy")
        page = await client.get(f"/group-buys/{cancelled}/edit")
        assert page.status_code == 303 and page.headers["location"] == f"/group-buys/{cancelled}"
        shown = html.unescape((await client.get(page.headers["location"])).text)
        assert f"#{cancelled} Mangoes has ended (Cancelled): nothing about it can change any more." in shown
        sent = await post_form(client, f"/group-buys/{cancelled}/edit", {"pickup": "Gate 3"})
        assert sent.status_code == 303 and sent.headers["location"] == f"/group-buys/{cancelled}"
        async with world.app.uow_factory() as uow:
            group_buy = await uow.group_buys.get(cancelled)
        assert group_buy is not None and group_buy.terms.pickup == ""
