"""Review 28 #7: after refunding #1-2 (Cat ×2) of a group buy help-sold in a second group, the cards
read `17/10（各群合计，本群 12 份）` and `17/10（各群合计，本群 3 份）` (12 + 3 = 15), the console's Sold
`17/10 · 已退款 2 份`, while `名单` said `合计：15 份` and 本群 already left the refunded units out. The
all-groups total now leaves them out too, on the card in each group and in the console, as `名单` does,
in Chinese and in English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from commerce.domain.listings import card_key
from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": ("接龙 芒果 价格 78 成团 10", "帮卖 开 10%", "帮卖 #1", "截单", "已收 1-2", "退款 1-2", "名单 #1"),
    "en": (
        "/groupbuy Mangoes price 78 target 10",
        "/helpsell on 10%",
        "/helpsell #1",
        "/close",
        "/paid 1-2",
        "/refund 1-2",
        "/list #1",
    ),
}
SEEN = {
    "zh": (
        "▓▓▓▓▓▓▓▓▓▓ 15/10（各群合计，本群 12 份）",
        "▓▓▓▓▓▓▓▓▓▓ 15/10（各群合计，本群 3 份）",
        "15/10 · 已退款 2 份",
        "合计：15 份",
    ),
    "en": (
        "▓▓▓▓▓▓▓▓▓▓ 15/10 (all groups; 12 units here)",
        "▓▓▓▓▓▓▓▓▓▓ 15/10 (all groups; 3 units here)",
        "15/10 · refunded: 2 units",
        "15 units",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_help_sold_all_groups_total_leaves_out_refunded_units(lang: str, tmp_path: Path) -> None:
    opening, rate, listing, close, paid, refund, listed = SAID[lang]
    async with console_world(tmp_path) as world:
        if lang == "en":
            await world.say("family", "amy", "/lang en")
            await world.say("fam2", "gia", "/lang en")
        await world.say("family", "amy", opening)
        await world.say("family", "amy", rate)
        await world.say("fam2", "gia", listing)
        for member, units in (("bob", 3), ("cat", 2), ("dan", 3), ("eve", 3), ("fay", 3)):
            await world.say("family", member, f"+{units}")
        await world.say("fam2", "hu", "+3")
        await world.say("family", "amy", close)
        await world.say("family", "amy", paid)
        await world.say("family", "amy", refund)
        family = (await world.app.render_card(1)).text.splitlines()
        fam2 = (await world.app.render_card(card_key(1))).text.splitlines()
        roster = "\n".join(r.text for r in await world.say("family", "amy", listed, private=True))
        client = await world.member("amy")
        page = html.unescape((await client.get("/group-buys", headers={"accept-language": lang})).text)

    family_card, fam2_card, console, total = SEEN[lang]
    assert family_card in family, family
    assert fam2_card in fam2, fam2
    assert not [line for line in (*family, *fam2) if "17/10" in line]
    assert console in re.findall(r"<td>([^<]*)</td>", page)
    assert total in roster, roster
