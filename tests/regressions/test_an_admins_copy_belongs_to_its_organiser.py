"""Review (session 18): an admin's 再开一团 (copy) in the console opened the copy with the admin's login
as its organiser (`console:root`): the card said Amy, yet Amy's `/close #6` was refused ("only the
organiser (Amy) can do that"), #6 was missing from her list and her console, buyers' payment reports
went to a private chat named `console:root`, and the money was booked to `organiser:console:root`. The
copy now runs as the group buy's organiser, as the admin's other changes speak as her; the audit log
still names the admin."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_an_admins_copy_is_its_organisers_to_run(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")  # a copy opens beside a closed one only
        root = await world.admin()
        response = await post_form(root, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "3d"})
        assert response.status_code == 303, response.text
        copy = int(response.headers["location"].rsplit("/", 1)[1])
        async with world.app.uow_factory() as uow:
            opened = await uow.group_buys.get(copy)
        assert opened is not None and (opened.organiser_id, opened.organiser_name) == ("amy", "Amy")
        await world.say("family", "bob", f"+1 #{copy}")
        closed = await world.say("family", "amy", f"/close #{copy}")
        assert not any("Only the organiser" in r.text for r in closed), [r.text for r in closed]
        said = [r.text for r in closed]
        assert any(
            f"Mangoes (#{copy}) succeeded" in text and "Ask the organiser Amy how to pay" in text
            for text in said
        ), said
        amy = await world.member("amy")
        assert (await amy.get(f"/group-buys/{copy}")).status_code == 200  # hers in her console too
        [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.copy"]
        assert entry["actor"] == "console:root"  # the admin did it
        assert json.loads(entry["after"]) == {"copy": copy, "chat": "family"}
