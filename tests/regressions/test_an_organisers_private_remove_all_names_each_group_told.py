"""s38 (closing): the organiser's private `踢出 #1 @kim 全部`, Kim's lines joined in her own group
and in 七号楼, a help-selling group, told both groups, yet her own copy said only
`已告知「family」`. It now names each group told (`已告知「family」、「七号楼」。`); with lines in
her own group only it reads as before."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import help_sold

HERS = {
    "zh": (
        "接龙 榴莲 价格 30 成团 1 截止 明天 20:00",
        "踢出 #1 @kim 全部",
        "你已把 Kim 报的全部名额移出 榴莲（#1）：Kim ×1、Kim 帮 mum ×1，共 2 份，"
        "已告知「family」、「七号楼」。",
    ),
    "en": (
        "/groupbuy Durian price 30 target 1 ends 1d",
        "/remove #1 @kim all",
        "You removed all of Kim's lines from Durian (#1): Kim ×1, Kim for mum ×1, 2 in all;"
        " told in “family”, “七号楼”.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_organisers_private_remove_all_names_each_group_told(lang: str) -> None:
    opening, typed, hers = HERS[lang]
    family, office = await help_sold(opening, title="七号楼")
    await office.say("kim", "+1")
    await family.say("kim", "+1 for mum")

    replies = await family.say("amy", typed, private=True)

    mine = [r.text for r in replies if r.text and r.chat_id is None and r.private_to is None]
    assert len(mine) == 1 and mine[0].startswith(hers), mine
    told = {r.chat_id for r in replies if r.text and r.chat_id}
    assert told == {"family", "office"}  # each group she is told of was told
