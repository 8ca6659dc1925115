"""A member on a help-sold group buy's list through one group who joined again from a second group had
her units added to her first line, but the second group's reply did not say so and its card did not show
her: she could not tell where her units went. The reply now names the group her line is in, in the
chat's language, and each group's card shows its own lines, with the other groups' units counted."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


@pytest.mark.parametrize(
    ("lang", "opening", "rate", "listing", "again", "told"),
    [
        (
            "zh",
            "接龙 李子 价格 10 成团 9 截止 2小时",
            "帮卖 开 10%",
            "帮卖 #1",
            "+2",
            "你已在「Family」跟过这个团：这 2 份加在你那里的一行里，名单和订单都在那个群，本群名单不显示。",
        ),
        (
            "en",
            "/groupbuy Plums price 10 target 9 ends 2h",
            "/helpsell on 10%",
            "/helpsell #1",
            "/join 2",
            "You joined this group buy in Family first: the 2 added here went to your line there, with "
            "your order, so this group's list does not show you.",
        ),
    ],
)
async def test_the_second_groups_reply_names_the_group_of_her_line(
    lang: str, opening: str, rate: str, listing: str, again: str, told: str
) -> None:
    family, office = await help_sold(
        opening,
        title="Office",
        family_title="Family",
        rate=rate,
        listing=listing,
        language=lang,
        default_language=lang,
    )
    await family.say("cat", "+1")
    assert office.said(await office.say("cat", again, language=lang)).endswith(told)
    office_card = await office.card(card_key(1))
    assert "Cat" not in office_card and "3" in office_card.splitlines()[-1]  # the others' 3 units
    assert (await family.card(1)).endswith("Cat ×3")
