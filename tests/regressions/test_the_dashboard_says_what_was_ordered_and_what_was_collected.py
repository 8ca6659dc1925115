"""Session 28: the console dashboard's "成交额" / "GMV" counted unpaid orders (#5 read ¥424.99 while ¥274.99
was collected), a third money figure beside 已收 and the orders total, in jargon. It is now labelled for what
it counts, 下单金额 / "Order value" (paid or not; "Ordered" until session 29), with 已收 / "Collected"
(paid or picked up) beside it, per day and per group buy, and a line says what each counts. Chinese and
English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

WORDS = {
    "zh": ("每日下单金额和已收", "下单金额（CNY）", "已收（CNY）", "下单金额：当天订单的金额，付没付款都算"),
    "en": (
        "Order value and collected per day",
        "Order value (CNY)",
        "Collected (CNY)",
        "Order value: what the day",
    ),
}


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section[^>]*id="{name}">(.*?)</section>', page, re.S)
    assert found is not None, name
    return found.group(1)


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_dashboard_shows_ordered_and_collected_apart(tmp_path: Path, language: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 荔枝 价格 15 成团 1")
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+2")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", "已收 1-1")  # ¥15 of the ¥45 ordered collected
        client = await world.admin()
        page = html.unescape((await client.get("/dashboard", headers={"accept-language": language})).text)

    heading, ordered, collected, about = WORDS[language]
    per_day, top = _section(page, "gmv"), _section(page, "top-group-buys")
    assert heading in per_day and about in per_day
    assert f"<th>{ordered}</th><th>{collected}</th>" in per_day
    assert re.search(r"<tr><td>[\d-]+</td><td>2</td><td>¥45</td><td>¥15</td></tr>", per_day), per_day
    assert "<td>荔枝</td><td>2</td><td>¥45</td><td>¥15</td>" in top
    assert "GMV" not in page and "成交额" not in page
