"""Session 19 review (9): the dashboard's join → paid counted the buyers of a cancelled or failed group
buy in 接龙 (Joined) though no order could ever follow (`接龙 44 | 下单 40`), so calling one off lowered
the rate; the README says "of the group buys closed in the window", and a cancelled or failed one is not
called closed. Only group buys that closed and sold count now, and the page says so under the figures."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _conversion(page: str) -> str:
    found = re.search(r'<section[^>]*id="conversion">(.*?)</section>', page, re.S)
    assert found is not None
    return found.group(1)


async def test_a_cancelled_and_a_failed_group_buy_leave_the_conversion_as_it_was(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 芒果 价格 10 成团 2")
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1")
        await world.say("family", "amy", "接龙 葡萄 价格 10 成团 5")
        await world.say("family", "dan", "+1 #2")
        await world.say("family", "amy", "取消 #2")  # called off: Dan could never pay
        await world.say("family", "amy", "接龙 荔枝 价格 10 成团 5")
        await world.say("family", "eve", "+1 #3")
        await world.say("family", "amy", "截单 #3")  # short of its target: failed
        client = await world.admin()
        page = (await client.get("/dashboard", headers={"accept-language": "zh"})).text

    conversion = _conversion(page)
    assert "<tr><th>接龙</th><td>2</td></tr>" in conversion  # Bob and Cat, not Dan nor Eve
    assert "<tr><th>生成订单</th><td>2</td></tr>" in conversion
    assert "<tr><th>付款</th><td>1</td></tr>" in conversion
    assert "<tr><th>接龙 → 付款转化率</th><td>50.0%</td></tr>" in conversion
    assert "未成团和已取消的团不算在内" in conversion
