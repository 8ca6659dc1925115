"""s28 review: the console dashboard's money figure ("Ordered": what the day's orders come to) and the
funnel's step ("Ordered": how many orders the close made) had one name for two different numbers. The
money is now 下单金额 / "Order value", the funnel's step 生成订单 / "Orders made", and no label of the
one is a label of the other. Chinese and English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

MONEY = {"zh": ("下单金额（CNY）", "下单金额"), "en": ("Order value (CNY)", "Order value")}
FUNNEL = {
    "zh": ["接龙", "生成订单", "付款", "接龙 → 付款转化率"],
    "en": ["Joined", "Orders made", "Paid", "Joined → paid"],
}


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section[^>]*id="{name}">(.*?)</section>', page, re.S)
    assert found is not None, name
    return found.group(1)


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_dashboards_money_and_funnel_never_share_a_name(tmp_path: Path, language: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 荔枝 价格 15 成团 1")
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "截单")
        client = await world.admin()
        page = html.unescape((await client.get("/dashboard", headers={"accept-language": language})).text)

    per_day, top, funnel = (
        _section(page, "gmv"),
        _section(page, "top-group-buys"),
        _section(page, "conversion"),
    )
    money = set(re.findall(r"<th>([^<]+)</th>", per_day)) | set(re.findall(r"<th>([^<]+)</th>", top))
    steps = re.findall(r"<tr><th>([^<]+)</th><td>", funnel)
    per_day_label, top_label = MONEY[language]
    assert per_day_label in money and top_label in money, money
    assert steps == FUNNEL[language], steps
    assert not money & set(steps), (money, steps)
