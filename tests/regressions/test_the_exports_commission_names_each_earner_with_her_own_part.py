"""Review 45 #5: `导出 #1`, an order help-sold by Gia and bought through Sam's share code, read
`分享者/帮卖 = "Sam、Gia"`, `佣金 = 5.19` in one cell: the supplier or organiser could not tell who gets
what without `我的收益`. An order paying two earners now names each with her own part
(`Sam ¥3.46、Gia ¥1.73`), the 佣金 cell still the order's whole commission, so the column adds up to the
totals row; an order with one earner reads as before (her name, the amount beside it). Chinese and
English."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold

SAID = {
    "zh": ("佣金 10%", "分享 #1", "截单", "已收 1-1", "导出 #1", "Sam ¥10、Bob ¥5"),
    "en": ("/commission 10%", "/share #1", "/close", "/paid 1-1", "/export #1", "Sam ¥10, Bob ¥5"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_order_paying_a_sharer_and_a_help_seller_names_each_with_her_part(lang: str) -> None:
    rate, share, close, paid, export, earners = SAID[lang]
    family, office = await help_sold(
        "接龙 芒果 价格 100 截止 2小时",
        rate="帮卖 开 5%",
        language=lang,
        default_language=lang,
    )
    await family.say("amy", rate)
    code = re.search(r"\d+-\w{4}", office.shared(await office.say("sam", share)))
    assert code is not None
    await office.say("kim", f"+1 {code.group(0)}")  # help-sold by Bob (5%), through Sam's code (10%)
    await office.say("lee", "+1")  # help-sold only: Bob alone
    await family.say("amy", close)
    await family.say("amy", f"{paid} 1-2")
    await family.say("amy", f"{paid} 1-1")

    exported = await family.say("amy", export, private=True, language=lang)  # her app's language
    sheets = [r.document.sheets[0] for r in exported if r.document]

    assert sheets
    for sheet in sheets:
        cells = sorted((row[-2:] for row in sheet.rows), key=str)
        assert cells == sorted([(earners, 1500), ("Bob", 500)], key=str), cells
        assert sheet.totals[-1] == 2000
