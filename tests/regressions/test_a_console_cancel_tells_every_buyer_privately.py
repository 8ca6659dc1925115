"""Review 34: 取消团购 in the console told the organiser "群里和跟团的人都已收到通知" but a buyer on it
(Cat, who joined in the group) got nothing privately. The console's cancel is the chat's `/cancel`: every
buyer is told privately that the group buy is called off, in their language, with the reason given."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _private(world: ConsoleWorld, before: int, who: str) -> list[str]:
    rows = (await world.outbox_rows())[before:]
    replies: list[dict[str, Any]] = [json.loads(row["payload"])["reply"] for row in rows]
    return [r["text"] for r in replies if r.get("private_to") == who and "text" in r]


CASES = {
    "zh": (
        "接龙 大米 价格 60 成团 3",
        "货源断了",
        "🚫 你跟的 大米（#{id}，团长 Amy）已取消，不成团，不收任何款项。\n原因：货源断了",
    ),
    "en": (
        "/groupbuy Rice price 60 target 3",
        "supplier ran out",
        "🚫 Rice (#{id}, organised by Amy), which you joined, was cancelled and will not go ahead; "
        "nobody is charged.\nReason: supplier ran out",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("by", ["dan", "amy"])
async def test_every_buyer_is_told_privately(tmp_path: Path, lang: str, by: str) -> None:
    start, why, said = CASES[lang]
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", f"/lang {lang}")
        replies = await world.say("family", "amy", start)
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+2")
        client = await world.admin("dan") if by == "dan" else await world.member("amy")
        before = len(await world.outbox_rows())
        response = await post_form(client, f"/group-buys/{gid}/cancel", {"confirm": "yes", "reason": why})
        assert response.status_code == 303
        for buyer in ("bob", "cat"):
            assert await _private(world, before, buyer) == [said.format(id=gid)], buyer
