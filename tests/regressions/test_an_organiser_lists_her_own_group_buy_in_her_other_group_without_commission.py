"""Review 24 B: Amy could not put her own group buy in her second group (`帮卖 #1` there) unless
she opened it to every group's help-sellers at a commission: the reply said
`先在原群发「帮卖 开 10%」（比例自定）` ("any rate"), yet `帮卖 开 0%` turns help-selling off and
`帮卖 #1` was still refused; once listed, the second group's card called her `🤝 本群帮卖：Amy`.
Now her `帮卖 #1` lists it there with help-selling left closed and no commission; its card names her
as its organiser; anyone else is still refused."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

CASES = {
    "zh": (
        "接龙 芒果 价格 100 成团 1 截止 2小时",
        "帮卖 #1",
        "截单",
        "🤝 团长 Amy 把 芒果（#1）也开到本群：与原群同库存、同价、同截止时间，直接 +1 或点卡片上的按钮跟团。",
        "🤝 团长 Amy 也开到本群",
        "🤝 本群帮卖",
        "没有可以帮卖的团购 #1。",
    ),
    "en": (
        "/groupbuy Mangoes price 100 target 1 ends 2h",
        "/helpsell #1",
        "/close",
        "🤝 Amy opens Mangoes (#1) here too: the same stock, price and deadline as in its own group; +1 or "
        "tap the card's buttons to join.",
        "🤝 Also open here by its organiser, Amy",
        "Help-sold here by",
        "There is no group buy #1 open to help-selling.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_own_group_buy_is_listed_in_her_other_group_with_no_commission(lang: str) -> None:
    opening, helpsell, close, listed, named, seller_line, refused = CASES[lang]
    family, office = two_groups(title="公司团购群" if lang == "zh" else "Office")
    await family.say("amy", opening)

    replies = await office.say("amy", helpsell)

    assert office.said(replies) == listed
    assert office.private(replies) == {}  # she did it: nothing to tell her
    await office.say("cat", "+1")
    card = await office.card(card_key(1))
    assert named in card and seller_line not in card
    assert card.endswith("1. Cat ×1")
    garden = Chat(family.app, chat_id="garden", title="Garden")
    assert garden.said(await garden.say("bob", helpsell)).startswith(refused)  # not open to anyone else
    await family.say("amy", close)
    await family.say("amy", "/paid 1-1")
    # `/earnings` alone speaks her own language: her app's English here (her words may be Chinese)
    earned = office.said(await office.say("amy", "/earnings", private=True, language="en"))
    assert (
        "Yours to withdraw: ¥0" in earned and "#1-1" not in earned
    )  # her own sale: no commission to herself


OFF = {
    "zh": ("帮卖 开 10%", "帮卖 关", "帮卖已关闭：芒果（#1）不再接受别的群挂团。"),
    "en": ("/helpsell on 10%", "/helpsell off", "Help-selling is off: Mangoes (#1)"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_own_listing_never_holds_help_selling_open(lang: str) -> None:
    opening, helpsell, *_ = CASES[lang]
    on, off, closed = OFF[lang]
    family, office = two_groups(title="公司团购群" if lang == "zh" else "Office")
    await family.say("amy", opening)
    await office.say("amy", helpsell)
    await family.say("amy", on)

    assert family.said(await family.say("amy", off)).startswith(closed)  # no help-seller was promised a rate
    assert (await office.card(card_key(1))).startswith("🛒")  # her own listing stays
