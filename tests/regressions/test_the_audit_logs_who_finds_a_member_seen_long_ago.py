"""Review: the audit page's Who filter by name looked only at the 500 most recently seen members, so a
change by a member last seen before 500 others was not found by their name. The name is now looked up
by a query over every member (the repository's `named`)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_who_finds_a_member_whatever_how_many_were_seen_since(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")
        amy = await world.member("amy")  # she calls it off from the console: the log names her
        assert (await post_form(amy, f"/group-buys/{gid}/cancel", {"confirm": "yes"})).status_code == 303
        later = world.clock.now() + timedelta(days=1)
        async with world.app.uow_factory() as uow:
            for n in range(510):  # seen after Amy
                await uow.members.seen(
                    platform="playground", user_id=f"m{n}", display_name=f"Member {n}", username=None,
                    language=None, chat_id="family", alias=None, at=later + timedelta(seconds=n),
                )  # fmt: skip
            await uow.commit()
        admin = await world.admin()
        for who in ("Amy", "amy"):
            page = (await admin.get("/audit", params={"who": who})).text
            rows = page.split("<tbody>")[1] if "<tbody>" in page else ""
            assert "playground:amy" in rows and "group_buy.cancel" in rows, (who, page[-600:])
