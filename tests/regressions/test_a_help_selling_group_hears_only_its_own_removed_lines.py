"""s39 closing (Organiser): `踢出 #1 @kim 全部`, Kim's lines joined in the organiser's group and in 七号楼, a
help-selling group: 七号楼 and its help-seller Bob were told every removed line, Kim's line for mum in
the organiser's group too (`Kim ×1、Kim 帮 mum ×1，共 2 份`). Each help-selling group and its seller now
hear only the lines made in that group; the organiser's group still hears them all."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import help_sold

HELP_SELL = {
    "zh": {},
    "en": {"rate": "/helpsell on 10%", "listing": "/helpsell #1", "language": "en"},
}
SAID = {
    "zh": (
        "接龙 榴莲 价格 30 成团 1 截止 明天 20:00",
        "踢出 #1 @kim 全部",
        {
            "family": "Amy 把 Kim 报的全部名额移出了 榴莲（#1）：Kim ×1、Kim 帮 mum ×1，共 2 份。",
            "office": "Amy 把 Kim 报的全部名额移出了 榴莲（#1）：Kim ×1，共 1 份。",
        },
        "Amy 把「七号楼」（你帮卖的群）里 Kim 报的全部名额移出了 榴莲（#1）：Kim ×1，共 1 份。",
    ),
    "en": (
        "/groupbuy Durian price 30 target 1 ends 1d",
        "/remove #1 @kim all",
        {
            "family": "Amy removed all of Kim's lines from Durian (#1): Kim ×1, Kim for mum ×1, 2 in all.",
            "office": "Amy removed all of Kim's lines from Durian (#1): Kim ×1, 1 in all.",
        },
        "Amy removed all of Kim's lines from Durian (#1) in “七号楼”, the group you help-sell it in:"
        " Kim ×1, 1 in all.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_help_selling_group_hears_only_its_own_removed_lines(lang: str) -> None:
    opening, typed, groups, seller = SAID[lang]
    family, office = await help_sold(opening, title="七号楼", **HELP_SELL[lang])
    await office.say("kim", "+1")
    await family.say("kim", "+1 for mum")

    replies = await family.say("amy", typed, private=True)

    told = {r.chat_id: r.text for r in replies if r.text and r.chat_id and not r.private_to}
    assert set(told) == {"family", "office"}
    for chat, text in groups.items():
        assert (told[chat] or "").startswith(text), (chat, told[chat])
    bob = [r.text for r in replies if r.private_to == "bob"]
    assert bob == [seller]
