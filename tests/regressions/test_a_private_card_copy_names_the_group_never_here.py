"""Review 60, finding 2: Hal, on 苹果 #1 through Amy's group, sent Bea's office code (she help-sells it
there) to the bot privately after the close. His private copy read `🤝 Help-sold here by Bea`,
`Taken: 1 (all groups; 0 units here)` and `✅ Succeeded at ¥50 each: nobody here joined`: "here" in a
private chat means nothing, and he read that nobody joined while he did. A private copy now names the
group whose view it is."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold

EXPECTED = {
    "en": ("🤝 Help-sold in 公司群 by Bea", "(all groups; 0 units in 公司群)", "nobody in 公司群 joined"),
    "zh": ("🤝 在「公司群」帮卖：Bea", "（各群合计，「公司群」0 份）", "「公司群」没有人跟团"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_buyer_opening_a_help_sellers_code_privately_reads_the_group_by_name(lang: str) -> None:
    family, office = await help_sold(
        "接龙 苹果 价格 50" if lang == "zh" else "/groupbuy Apple price 50",
        rate="帮卖 开 10%" if lang == "zh" else "/helpsell on 10%",
        seller="bea",
        listing="帮卖 #1" if lang == "zh" else "/helpsell #1",
        language=lang,
        default_language=lang,
    )
    shared = office.private(await office.say("bea", "分享" if lang == "zh" else "/share", language=lang))[
        "bea"
    ]
    code = re.search(r"团?1-\w{4}", shared)
    assert code is not None
    await family.say("hal", "+1", language=lang)
    await family.say("amy", "截单" if lang == "zh" else "/close", language=lang)

    card = family.said(await family.say("hal", code.group(0), private=True, language=lang))

    for words in EXPECTED[lang]:
        assert words in card
    assert "here" not in card and "本群" not in card
