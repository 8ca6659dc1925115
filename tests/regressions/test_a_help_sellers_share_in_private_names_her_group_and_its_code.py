"""Review 60, findings 3 and 4: Bea help-sells 苹果 (#1: sharers 5%, 帮卖 10%) in office. Her `分享` there
sent privately `你在本群帮卖这个团：本群的订单…`, "this group" in a private chat meaning nothing; and her
`/share #1` in private gave another code (the organiser's group's, at the sharer's 5%) with no word of
her office code at 10%. Codes are per member, group buy and group listing it (a 帮卖 group's code earns
the help-sell rate): the private texts now name the group, and `/share #1` in private gives her office
code and rate beside the other."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold

WORDS = {
    "zh": ("接龙 苹果 价格 50", "帮卖 开 10%", "佣金 5%", "帮卖 #1", "分享", "分享 #1", "在"),
    "en": (
        "/groupbuy Apple price 50",
        "/helpsell on 10%",
        "/commission 5%",
        "/helpsell #1",
        "/share",
        "/share #1",
        "hi",
    ),
}
GROUP_CODE = {
    "zh": "你在「公司群」帮卖这个团：「公司群」的订单（包括用你的分享码跟的）按帮卖佣金 10% 计给你，",
    "en": "You help-sell it in 公司群: the orders there (those through your code too) earn you the help-sell "
    "commission, 10%,",
}
ALSO = {
    "zh": "你还在「公司群」帮卖这个团：你在那里的分享码是 {code}，"
    "「公司群」的订单（包括用它跟的）按帮卖佣金 10% 计给你；上面这个码按分享佣金计。",
    "en": "You also help-sell it in 公司群: your code there is {code}, and the orders there "
    "(those through it too) earn you the help-sell commission, 10%; the code above earns the sharer's.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_share_in_private_names_the_group_and_gives_its_code(lang: str) -> None:
    opening, rate, commission, listing, share, share_one, hello = WORDS[lang]
    _, office = await help_sold(
        opening,
        rate=rate,
        before_listing=[("amy", commission), ("bea", hello)],  # Bea is in Amy's group too
        seller="bea",
        listing=listing,
        language=lang,
        default_language=lang,
    )

    in_office = office.private(await office.say("bea", share, language=lang))["bea"]
    assert GROUP_CODE[lang] in in_office
    assert "本群" not in in_office and "this group" not in in_office
    office_code = re.search(r"团?1-\w{4}", in_office)
    assert office_code is not None

    privately = office.said(await office.say("bea", share_one, private=True, language=lang))
    own_code = re.search(r"团?1-\w{4}", privately)
    assert own_code is not None and own_code.group(0) != office_code.group(0)
    assert "5%" in privately  # the code above: the sharer's rate
    assert privately.endswith(ALSO[lang].format(code=office_code.group(0)))


async def test_share_alone_in_private_lists_her_help_selling_groups_code_too() -> None:
    _, office = await help_sold(
        "接龙 苹果 价格 50",
        before_listing=[("amy", "佣金 5%"), ("bea", "在")],
        seller="bea",
        default_language="zh",
    )
    in_office = office.private(await office.say("bea", "分享"))["bea"]
    office_code = re.search(r"团1-\w{4}", in_office)
    assert office_code is not None

    listed = office.said(await office.say("bea", "分享", private=True))

    assert f"「公司群」#1 苹果：{office_code.group(0)}（帮卖佣金 10%）" in listed
    assert "（分享赚 5%）" in listed  # her code in Amy's group, at the sharer's rate
