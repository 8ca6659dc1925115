"""rep65 #8: a group buy closed late (the clock moved past its 20:00 deadline in one jump, the bot closed it
at 20:10) read on its console page `截止 … 20:10 已截单`, under the label 截止, while every card and the
opening said 20:00: another deadline, it seemed. The page also showed only `帮卖佣金 10%`, with no word of
who help-sold it where. Now 截止 says the deadline as set, the close is its own row (`截单于 … 20:10`),
and a 帮卖 row lists each listing, `Qun2 Group · Sue · 3 份`. Chinese and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.regressions.test_the_console_group_buy_page_lists_each_help_selling_groups_own_pickup import (
    sue_help_sells_in_qun2,
)
from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": {
        "deadline": "<dt>截止</dt><dd>11月23日 周一 14:00</dd>",
        "closed": "<dt>截单于</dt><dd>11月23日 周一 14:10</dd>",
        "listings": '<dt>帮卖</dt><dd class="detail">Qun2 Group · Sue · 3 份</dd>',
    },
    "en": {
        "deadline": "<dt>Deadline</dt><dd>Mon 23 Nov 14:00</dd>",
        "closed": "<dt>Closed at</dt><dd>Mon 23 Nov 14:10</dd>",
        "listings": '<dt>Help-sold in</dt><dd class="detail">Qun2 Group · Sue · 3 units</dd>',
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_console_group_buy_page_says_the_deadline_as_set_and_its_help_sellers(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await sue_help_sells_in_qun2(world)
        await world.say("family", "bob", "+1")
        await world.say("qun2", "qiang", "+1")
        await world.say("qun2", "lao", "+2")
        world.clock.advance(hours=2, minutes=10)
        await world.app.expire(gid)
        client = await world.admin("dan")

        page = (await client.get(f"/group-buys/{gid}", headers={"accept-language": lang})).text

        said = SAID[lang]
        flat = re.sub(r">\s+<", "><", page)
        for part in ("deadline", "closed", "listings"):
            assert said[part] in flat, (part, flat[flat.find("<dl") : flat.find("</dl>")])
