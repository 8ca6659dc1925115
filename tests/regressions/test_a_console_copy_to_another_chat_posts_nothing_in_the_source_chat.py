"""Review: Open again (copy) from the console into another chat also posted "Opened #13 (Durian, a copy
of #7) in chat family2." in the SOURCE group, the answer meant for whoever typed `/copy` there. From the
console nothing is posted in the source chat: the console shows its own confirmation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_a_console_copy_elsewhere_is_told_only_where_it_opens(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Durian")
        await world.say("neighbours", "amy", "hello")
        client = await world.member("amy")
        since = len(await world.outbox_rows())
        response = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "neighbours", "deadline": ""})
        assert response.status_code == 303, response.text
        page = (await client.get(response.headers["location"])).text
        assert f"a copy of #{gid}" in page  # the console's own confirmation
        sent = [
            (row["chat_id"], json.loads(row["payload"])["reply"])
            for row in (await world.outbox_rows())[since:]
        ]
        assert not [r for chat, r in sent if chat == "family"], sent
        assert any(chat == "neighbours" and "New group buy #" in r.get("text", "") for chat, r in sent), sent
