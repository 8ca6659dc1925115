"""rep65 #1: 小李 set her group's own pickup (`自提 #1 公司前台 …` in 公司群), and chat said it on every
order of that group, but the console's /orders listed those orders at the organiser's `3号楼门口` and
its pickup filter offered only that: an admin filtering or exporting by pickup sent that group's buyers
to the wrong door. Each order line now reads the pickup of the group it was made in, the filter offers
both, and the CSV export says the same (Chinese and English pages)."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

HOME = {"zh": "3号楼门口 · 11月24日 周二 18:00", "en": "3号楼门口 · Tue 24 Nov 18:00"}
OWN = {"zh": "公司前台 · 11月24日 周二 12:00", "en": "公司前台 · Tue 24 Nov 12:00"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_console_orders_show_a_help_selling_groups_own_pickup(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 芒果 价格 20 成团 1")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "amy", "自提 3号楼门口 明天下午6点")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("qun2", "sue", f"帮卖 #{gid}")
        await world.say("qun2", "sue", f"自提 #{gid} 公司前台 明天中午12点")
        await world.say("family", "bob", "+1")
        await world.say("qun2", "cat", "+1")
        await world.say("family", "amy", "截单")
        client = await world.admin("dan")
        accept = {"accept-language": lang}

        page = (await client.get(f"/orders?group_buy={gid}", headers=accept)).text

        rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
        bob = next(row for row in rows if "Bob" in row and "<td>" in row)
        cat = next(row for row in rows if "Cat" in row and "<td>" in row)
        assert f"<td>{HOME[lang]}</td>" in bob and OWN[lang] not in bob, bob
        assert f"<td>{OWN[lang]}</td>" in cat and HOME[lang] not in cat, cat
        offered = [html.unescape(v) for v in re.findall(r'<option value="([^"]+)"', page)]
        assert HOME[lang] in offered and OWN[lang] in offered, offered

        chosen = (await client.get(f"/orders?group_buy={gid}&pickup={OWN[lang]}", headers=accept)).text
        assert "Cat" in chosen and "Bob" not in chosen

        exported = await client.get(f"/export/orders.csv?group_buy={gid}", headers=accept)
        lines = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
        assert next(row for row in lines if row[2] == "Cat")[11] == OWN[lang]
        assert next(row for row in lines if row[2] == "Bob")[11] == HOME[lang]
