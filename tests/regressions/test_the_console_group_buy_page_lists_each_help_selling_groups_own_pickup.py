"""rep66 finding 12 (console): the group-buy page listed `帮卖 Qun2 Group · Sue · 1 份` but not the pickup
that group set for itself (Sue's `自提 #1 …`), which its buyers go by. Each 帮卖 line of a group with its
own pickup now names it; a group without one reads as before. Chinese and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world

SAID = {
    "zh": ("Qun2 Group · Sue · 1 份 · 自提：2号楼大堂 · ", "10:00</dd>"),
    "en": ("Qun2 Group · Sue · 1 unit · pickup: 2号楼大堂 · ", "10:00</dd>"),
}


async def sue_help_sells_in_qun2(world: ConsoleWorld) -> int:
    """Amy's 芒果 at 78 in family (target 1, 2 hours), help-selling at 10%, Sue's listing in qun2; its id."""
    replies = await world.say("family", "amy", "接龙 芒果 价格 78 成团 1 截止 2小时")
    gid = int(next(r.card_of for r in replies if r.card_of))
    await world.say("family", "amy", "帮卖 开 10%")
    await world.say("qun2", "sue", f"帮卖 #{gid}")
    return gid


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_page_names_the_help_selling_groups_own_pickup(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await sue_help_sells_in_qun2(world)
        await world.say("qun2", "qiang", "+1")
        await world.say("qun2", "sue", f"自提 #{gid} 2号楼大堂 后天上午10点")
        client = await world.admin("dan")

        page = (await client.get(f"/group-buys/{gid}", headers={"accept-language": lang})).text

        flat = re.sub(r">\s+<", "><", page)
        listed = flat[flat.find("<dl") : flat.find("</dl>")]
        head, tail = SAID[lang]
        assert head in listed and tail in listed.split(head)[1], listed
