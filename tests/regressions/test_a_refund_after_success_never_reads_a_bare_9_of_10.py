"""After a refund on a group buy that succeeded at 10/10, its card and the console's group buy list read
"9/10" beside "✅ 已成团 / formed" at the tier price: buyers wondered whether it formed, or whether the
price should go back. Both now show the count it closed with (10/10), the refund said apart (the card's
status line `共 9 份 · 已退款 1 份`, the list's `10/10 · 已退款 1 份`), in Chinese and in English.
Session 25: the card's progress leaves the refunded units out, as its status line, `名单`'s 合计 and a
help-sold card do, and says why it is below the target (`已成团（退款后 9/10）`), never a bare 9/10.
Session 28: the console's list counts as the card does (what is sold now), the refund said beside it
(`9/10 · 已退款 1 份`), one rule for every row."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

OPENING = {
    "zh": "接龙 海南贵妃芒 5斤 价格 88 阶梯 10:78 成团 10 截止 2小时",
    "en": "/groupbuy Mangoes 5kg price 88 tiers 10:78 target 10 ends 2h",
}
CARD = {
    "zh": ("▓▓▓▓▓▓▓▓▓░ 已成团（退款后 9/10）", "✅ 已成团，成交价 ¥78/份，共 9 份 · 已退款 1 份"),
    "en": (
        "▓▓▓▓▓▓▓▓▓░ Succeeded (9/10 after refunds)",
        "✅ Succeeded at ¥78 each: 9 units · refunded: 1 unit",
    ),
}
LISTED = {"zh": "9/10 · 已退款 1 份", "en": "9/10 · refunded: 1 unit"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_card_and_the_console_list_say_9_of_10_with_the_refund_beside_it(
    lang: str, tmp_path: Path
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", OPENING[lang])
        await world.say("family", "bob", "+1")
        for member in ("cat", "dan", "eve"):
            await world.say("family", member, "+3")
        await world.say("family", "amy", "截单" if lang == "zh" else "/close")
        await world.say("family", "amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
        await world.say("family", "amy", "退款 1-1 坏了" if lang == "zh" else "/refund 1-1 rotten")
        card = (await world.app.render_card(1)).text.splitlines()
        client = await world.member("amy")
        page = html.unescape((await client.get("/group-buys", headers={"accept-language": lang})).text)

    assert CARD[lang][0] in card and CARD[lang][1] in card, card
    assert not [line for line in card if line.endswith(" 9/10") or "10/10" in line]
    assert LISTED[lang] in re.findall(r"<td>([^<]*)</td>", page)
