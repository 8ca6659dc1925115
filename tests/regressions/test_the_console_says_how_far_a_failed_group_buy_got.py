"""Review 40: the console listed a failed group buy as "未成团 0/15" while its group had been told
"未达到成团数量（7/15）". It still sold nothing (0, as /mine says), and now says how far it got beside it,
in the words the group read: `0/15 · 跟团 7 份，未成团`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

CASES = {
    "zh": ("接龙 砂糖橘 价格 20 成团 15 截止 1小时", "+7", "<td>0/15 · 跟团 7 份，未成团</td>", "（7/15）"),
    "en": (
        "/groupbuy Tangerines price 20 target 15 ends 1h",
        "+7",
        "<td>0/15 · 7 units joined, target not reached</td>",
        "(7/15)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_failed_group_buy_reads_as_far_as_it_got_in_the_console(tmp_path: Path, lang: str) -> None:
    opening, join, listed, told = CASES[lang]
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", f"/lang {lang}")
        await world.say("family", "amy", opening)
        await world.say("family", "bob", join)
        world.clock.advance(hours=2)
        ended = await world.app.expire(1)
        assert any(told in reply.text for reply in ended if reply.text)  # what the group was told
        client = await world.member("amy")
        if lang == "zh":
            await client.get("/lang/zh")
        page = (await client.get("/group-buys")).text

    assert listed in page
