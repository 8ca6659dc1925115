"""Review 42: `/orders?group_buy=abc` (also 999, -1) and `/export/orders.csv?group_buy=abc` answered a bare
404 page, the list and its filters gone; `status=zzz` was silently ignored (all shown); `/audit` with
`since` after `until` said only "没有符合条件的记录。". Each is now the page again (422) saying beside the
field which filter names nothing and why, nothing listed, the other filters kept."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, field_errors

SAID = {
    "zh": {
        "abc": "“abc”不是团购编号：请从列表里选一个团购（或选“全部”）。没有列出任何订单。",
        "-1": "“-1”不是团购编号：请从列表里选一个团购（或选“全部”）。没有列出任何订单。",
        "999": "没有团购 #999：请从列表里选一个团购（或选“全部”）。没有列出任何订单。",  # to an admin
        "zzz": "没有“zzz”这个状态：请从列表里选一个（或选“全部”）。没有列出任何订单。",
        "dates": "开始日期 2026-12-10 在结束日期 2026-12-01 之后：请把两个日期对调。没有列出任何记录。",
    },
    "en": {
        "abc": "“abc” is not a group buy number: pick one from the list (or All). No orders were listed.",
        "-1": "“-1” is not a group buy number: pick one from the list (or All). No orders were listed.",
        "999": "There is no group buy #999: pick one from the list (or All). No orders were listed.",
        "zzz": "There is no status “zzz”: pick one from the list (or All). No orders were listed.",
        "dates": "The start date 2026-12-10 is after the end date 2026-12-01: swap them. Nothing was listed.",
    },
}


async def _shop(world: ConsoleWorld) -> int:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "/close")
    return gid


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_bad_filter_is_said_beside_its_field(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shop(world)
        root = await world.admin()
        root.cookies.set("lang", lang)
        for typed in ("abc", "999", "-1"):
            for path in ("/orders", "/export/orders.csv", "/export/ledger.xlsx", "/export"):
                response = await root.get(f"{path}?group_buy={typed}&q=Bo")
                assert response.status_code == 422, (path, typed)
                assert field_errors(response.text) == {"group_buy": SAID[lang][typed]}, (path, typed)
                assert 'name="group_buy"' in response.text  # the page and its filters, not a bare 404
                assert "<td>Bob</td>" not in response.text
        page = await root.get("/orders?status=zzz&q=Bo")
        assert page.status_code == 422 and field_errors(page.text) == {"status": SAID[lang]["zzz"]}
        assert "<td>Bob</td>" not in page.text and 'name="q" value="Bo"' in page.text  # the rest kept
        fine = await root.get(f"/orders?group_buy={gid}&status=unpaid")
        assert fine.status_code == 200 and "<td>Bob</td>" in fine.text

        audit = await root.get("/audit?since=2026-12-10&until=2026-12-01")
        assert audit.status_code == 422 and SAID[lang]["dates"] in html.unescape(audit.text)
        none = "没有符合条件的记录。" if lang == "zh" else "No changes match."
        assert none not in html.unescape(audit.text)
