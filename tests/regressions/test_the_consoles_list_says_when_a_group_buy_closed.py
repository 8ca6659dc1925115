"""Review 45 #9: after a manual `截单` on 14 Dec, the console's group buy list still showed the planned
deadline (12月15日 20:00) in its 截止 column, as if it were open until then. A closed group buy now shows
when it closed (`11月23日 周一 13:00 已截单`), one called off when (`… 已取消`), on the list and on its
page; an open one its deadline, as before. Chinese and English. (rep65 #8: its page now keeps the deadline as
set under 截止 and says the close in a row of its own, `截单于 11月23日 周一 13:00`.)"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": (
        "接龙 芒果 价格 10 成团 1 截止 2天",
        "接龙 苹果 价格 10 成团 1 截止 2天",
        "截单 #1",
        "取消 #2 确认",
    ),
    "en": (
        "/groupbuy Mangoes price 10 target 1 ends 2d",
        "/groupbuy Apples price 10 target 1 ends 2d",
        "/close #1",
        "/cancel #2 confirm",
    ),
}
SEEN = {
    "zh": ("11月23日 周一 13:00 已截单", "11月23日 周一 14:00 已取消", "11月25日 周三 14:00"),
    "en": ("closed Mon 23 Nov 13:00", "cancelled Mon 23 Nov 14:00", "Wed 25 Nov 14:00"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_closed_group_buy_shows_when_it_closed_not_its_planned_deadline(
    lang: str, tmp_path: Path
) -> None:
    mangoes, apples, close, cancel = SAID[lang]
    async with console_world(tmp_path) as world:
        if lang == "en":
            await world.say("family", "amy", "/lang en")
        await world.say("family", "amy", mangoes)
        await world.say("family", "bob", "+1 #1")
        await world.say("family", "amy", apples)
        world.clock.advance(hours=1)
        await world.say("family", "amy", close)
        world.clock.advance(hours=1)
        await world.say("family", "amy", cancel)
        await world.say("family", "amy", mangoes)  # #3, still open
        client = await world.member("amy")
        headers = {"accept-language": lang}
        cells = re.findall(
            r"<td>([^<]*)</td>", html.unescape((await client.get("/group-buys", headers=headers)).text)
        )
        page = html.unescape((await client.get("/group-buys/1", headers=headers)).text)

    closed, cancelled, open_deadline = SEEN[lang]
    assert closed in cells and cancelled in cells, cells
    assert open_deadline in cells, cells  # #3, opened at 14:00 for 2 days: its deadline
    # its page: the deadline as set under 截止, when it closed in a row of its own (rep65 #8)
    label = {"zh": "截单于", "en": "Closed at"}[lang]
    when = closed.removesuffix(" 已截单").removeprefix("closed ")
    assert f"<dt>{label}</dt><dd>{when}</dd>" in page, page
