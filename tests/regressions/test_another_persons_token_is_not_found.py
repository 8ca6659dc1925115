"""Session 8: revoking another person's API token (or an id no row has) was a silent redirect; it is
a 404 now, as for another person's other things, and their token keeps working. The label's input
allows the server's 64 characters, not 256."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.api_client import api, shop
from tests.unit.bot.console.console_client import console_world, post_form


async def test_another_persons_token_is_not_found(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await shop(world)
        amy = await world.member("amy")
        await post_form(amy, "/tokens", {"label": "mine"})
        made = await amy.get("/tokens")  # post/redirect/get: shown on the page it goes to
        token = re.search(r"(tuan_[\w-]+)", made.text)
        assert token
        [token_id] = re.findall(r'action="/tokens/(\d+)/revoke"', (await amy.get("/tokens")).text)
        dan = await world.member("dan")
        for other in (token_id, "99999999999"):
            assert (await post_form(dan, f"/tokens/{other}/revoke")).status_code == 404
        assert (await api(world, token.group(1)).get("/api/v1/group-buys")).status_code == 200
        assert 'maxlength="64"' in (await amy.get("/tokens")).text
