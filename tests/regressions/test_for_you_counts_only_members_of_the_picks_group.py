"""Review 28, finding 16: Fay's `猜你喜欢` said `#1 海南贵妃芒 5斤（在「fam」）：9 位群友正在跟` where 6 were
in fam: Kim, who joined in private with a share code, and Hu and Jo of a group help-selling it (帮卖) were
counted as 群友. A pick's counts are now of the members of its own group only (those seen there); the
ranking is unchanged."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold


@pytest.mark.parametrize(
    ("lang", "opening", "rate", "listing", "ask", "said"),
    [
        (
            "zh",
            "接龙 海南贵妃芒 5斤 价格 88",
            "帮卖 开 10%",
            "帮卖 #1",
            "猜你喜欢",
            "#1 海南贵妃芒 5斤（在「fam」）：2 位群友正在跟",
        ),
        (
            "en",
            "/groupbuy Mangoes price 88",
            "/helpsell on 10%",
            "/helpsell #1",
            "/foryou",
            "#1 Mangoes (in fam): 2 friends on the list now",
        ),
    ],
)
async def test_for_you_counts_only_members_of_the_picks_group(
    lang: str, opening: str, rate: str, listing: str, ask: str, said: str
) -> None:
    family, office = await help_sold(
        opening, family_title="fam", rate=rate, listing=listing, language=lang, default_language=lang
    )
    await family.say("fay", "hi")  # Fay is in fam
    await family.say("bob", "+1")
    await family.say("cat", "+1")
    await office.say("hu", "+1")  # in the help-selling group only
    await office.say("jo", "+1")
    code = re.search(r"1-\w{4}", family.shared(await family.say("cat", "分享" if lang == "zh" else "share")))
    assert code is not None
    await family.say("kim", f"+1 {code.group(0)}", private=True)  # a share code's join, in private

    answer = family.said(await family.say("fay", ask, private=True))

    assert said in answer, answer
