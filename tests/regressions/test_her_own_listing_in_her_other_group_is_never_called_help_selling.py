"""Session 23 B 1: Amy's own group buy, listed by her in her second group (`帮卖 #1` there, no
help-seller), was still told as help-selling wherever the texts built for 帮卖 described it: her home
card read `🤝 另有 1 个群帮卖中`, her `名单` in private ended `🤝 帮卖：Amy（公司群）×1` (and so did what
her `名单` in her group tells her privately), her close total said `含帮卖群的订单` (since session 24
in her close summary: `各群：…；公司群 1 个订单、1 份`), her `帮卖 #1` sent
again there answered `已由 Amy 在本群帮卖`, a member's `催款 #1` there named Amy as `本群帮卖者`, and a
pickup helper was told he takes codes `帮卖它的群里`. Now
that group is a group it is on sale in, named by its name; a help-seller's group beside it stays 帮卖."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

CASES = {
    "zh": {
        "open": "接龙 芒果 价格 100 成团 1 截止 2小时",
        "list": "帮卖 #1",
        "on": "帮卖 开 10%",
        "roster": "名单 #1",
        "roster_here": "名单",
        "close": "截单",
        "remind": "催款 #1",
        "helper": "设置帮手 @Cat",
        "helper_added": "Cat 现在可以核销 #1 芒果 的取货码了：在团购的群里、在卖它的其他群里（那个群的订单）"
        "或私聊我发“核销 取货码”。\n已私信告诉对方。",
        "card": "🤝 另有 1 个群在卖",
        "sales": "🤝 其他群：公司群 ×1",
        "told": "📊 芒果（#1）🤝 其他群：公司群 ×1\n"
        "（只发给你：群里的名单只列本群的；完整名单在这里发“名单 #1”。）",
        "total": "\n各群：开团群 1 个订单、1 份；公司群 1 个订单、1 份（每个群里只公布本群的订单和份数）。",
        "again": "芒果（#1）团长 Amy 已经开到本群，直接 +1 跟团即可，没有任何改动。",
        "not_hers": "只有团长（Amy）可以这样做，没有任何改动。",
        "mixed_card": "🤝 另有 2 个群在卖，其中 1 个群帮卖",
        "mixed_sales": "🤝 其他群：公司群 ×1、邻居群（Bob 帮卖）×3",
        "helped_card": "🤝 另有 1 个群帮卖中",
        "helped_sales": "🤝 帮卖：Bob（邻居群）×3",
    },
    "en": {
        "open": "/groupbuy Mangoes price 100 target 1 ends 2h",
        "list": "/helpsell #1",
        "on": "/helpsell on 10%",
        "roster": "/list #1",
        "roster_here": "/list",
        "close": "/close",
        "remind": "/remind #1",
        "helper": "/helper #1 @Cat",
        "helper_added": "Cat can now take pickup codes of #1 Mangoes: /pickupcode and the code the buyer "
        "shows (e.g. /pickupcode 1234), in its group, in another group selling it (that group's orders) "
        "or in a private chat with me.\nTold them privately.",
        "card": "🤝 Also on sale in 1 other group",
        "sales": "🤝 Other groups: Office ×1",
        "told": "📊 Mangoes (#1) 🤝 Other groups: Office ×1\n"
        "(Only to you: the group's list shows this group's lines only; "
        "for the whole list send /list #1 here.)",
        "total": "\nBy group: 1 order, 1 unit in the group buy's own group; 1 order, 1 unit in Office "
        "(each group is told only its own orders and units).",
        "again": "Mangoes (#1) is already open here, by its organiser Amy: just +1 to join. "
        "Nothing was changed.",
        "not_hers": "Only the organiser (Amy) can do that: nothing was changed.",
        "mixed_card": "🤝 Also on sale in 2 other groups, 1 of them help-sold",
        "mixed_sales": "🤝 Other groups: Office ×1, Garden (help-sold by Bob) ×3",
        "helped_card": "🤝 Also sold in 1 other group",
        "helped_sales": "🤝 Help-selling: Bob (Garden) ×3",
    },
}
TITLES = {"zh": ("公司群", "邻居群"), "en": ("Office", "Garden")}


async def _listed_by_her(lang: str) -> tuple[Chat, Chat]:
    words = CASES[lang]
    family, office = two_groups(title=TITLES[lang][0])
    await family.say("amy", words["open"])
    await office.say("amy", words["list"])
    await office.say("cat", "+1")
    await family.say("bob", "+1")
    return family, office


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_own_listing_is_a_group_it_is_on_sale_in(lang: str) -> None:
    words = CASES[lang]
    family, office = await _listed_by_her(lang)

    card = await family.card(1)
    assert words["card"] in card.splitlines() and "帮卖" not in card and "Help-s" not in card
    roster = family.said(await family.say("amy", words["roster"], private=True))
    assert roster.endswith(words["sales"])
    assert family.private(await family.say("amy", words["roster_here"])) == {"amy": words["told"]}
    assert office.said(await office.say("amy", words["list"])) == words["again"]
    assert office.said(await office.say("cat", words["remind"])) == words["not_hers"]
    assert family.said(await family.say("amy", words["helper"])) == words["helper_added"]
    closed = await family.say("amy", words["close"])
    [summary] = [reply.text for reply in closed if reply.private_to == "amy"]  # one: her summary
    assert summary.endswith(words["total"]), summary  # each group's figures, hers named as a group


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_help_sellers_group_beside_hers_stays_help_selling(lang: str) -> None:
    words = CASES[lang]
    family, _ = await _listed_by_her(lang)
    garden = Chat(family.app, chat_id="garden", title=TITLES[lang][1])
    await family.say("amy", words["on"])
    await garden.say("bob", words["list"])
    await garden.say("dan", "+3")

    assert words["mixed_card"] in (await family.card(1)).splitlines()
    roster = family.said(await family.say("amy", words["roster"], private=True))
    assert roster.endswith(words["mixed_sales"])


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_help_sellers_groups_alone_are_still_help_selling(lang: str) -> None:
    words = CASES[lang]
    family, _ = two_groups(title=TITLES[lang][1])
    garden = Chat(family.app, chat_id="garden", title=TITLES[lang][1])
    await family.say("amy", words["open"])
    await family.say("amy", words["on"])
    await garden.say("bob", words["list"])
    await garden.say("dan", "+3")

    assert words["helped_card"] in (await family.card(1)).splitlines()
    roster = family.said(await family.say("amy", words["roster"], private=True))
    assert roster.endswith(words["helped_sales"])
