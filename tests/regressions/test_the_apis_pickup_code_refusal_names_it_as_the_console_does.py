"""s49's console player: `POST /api/v1/pickup-codes/１２３/verify` answered
`「123」不是核销码：核销码是 4 到 6 位数字。`, a word the console and the chat never
use (取货码 there), and unlike the API's other 422s it did not say nothing was changed;
an admin's call without `group_buy_id` neither. Both now do, in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api, shop, token_for
from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": "「123」不是取货码，什么都没有改动：取货码是 4 到 6 位数字。",
    "en": '"123" is not a pickup code, nothing was changed: a pickup code is 4 to 6 digits.',
}
NAMED = {
    "zh": "没有核销，什么都没有改动：管理员的令牌还要写明是哪个团："
    '在 JSON 请求体里用 "group_buy_id" 给出团号。',
    "en": "Nothing was handed over or changed: an admin's token names the group buy too: send its number "
    'as "group_buy_id" in the JSON body.',
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_code_that_is_none_is_refused_in_the_consoles_words(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await shop(world)
        client = api(world, await token_for(world, member="playground:amy"))
        client.headers["accept-language"] = lang
        await world.add_admin()
        admin = api(world, await token_for(world, admin="root"))
        admin.headers["accept-language"] = lang
        rows = len(await world.outbox_rows())

        refused = await client.post("/api/v1/pickup-codes/１２３/verify", json={"group_buy_id": 1})
        unnamed = await admin.post("/api/v1/pickup-codes/1234/verify")

        assert (refused.status_code, refused.json()) == (422, {"error": "invalid", "message": SAID[lang]})
        assert (unnamed.status_code, unnamed.json()) == (422, {"error": "invalid", "message": NAMED[lang]})
        assert len(await world.outbox_rows()) == rows
