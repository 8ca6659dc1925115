"""A group buy sold in several groups (帮卖) showed on every group's card the all-groups totals, `共 12 份`
and `已退款 5 份`, while that group's close announcement, its `💰 已付 x/y` and its list counted only its own
lines; and the organiser's group's public `名单` printed another group's figures
(`🤝 帮卖：陈姐（neighbours）×2`).
Each group's card now counts its own units, sold and refunded, as its announcement and list do, and says
that its progress (the target, the tiers, one stock: every group's joins) covers all groups, beside its own
units; a group's public list shows its own lines only, and the organiser reads the other groups' figures
privately, as she hears the all-groups total at the close. Once refunds came (review 28 #7), the
all-groups total leaves every group's refunded units out too, as `名单`'s 合计 does, saying so once it fell
below the target (`已成团（退款后 4/5）`), never a bare 4/5 beside 已成团."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

ZH = {
    "opening": "接龙 芒果 价格 88 阶梯 5:68 成团 5 库存 12 截止 2小时",
    "rate": "帮卖 开 10%",
    "listing": "帮卖 #1",
    "three": "+3",
    "two": "+2",
    "one": "+1",
    "close": "截单",
    "paid": "已收 1-{}",
    "refund": "退款 1-{}",
    "list": "名单",
}
EN = {
    "opening": "/groupbuy Mangoes price 88 tiers 5:68 target 5 stock 12 ends 2h",
    "rate": "/helpsell on 10%",
    "listing": "/helpsell #1",
    "three": "/join 3",
    "two": "/join 2",
    "one": "/join",
    "close": "/close",
    "paid": "/paid 1-{}",
    "refund": "/refund 1-{}",
    "list": "/list",
}


async def _two_groups(lang: str) -> tuple[Chat, Chat, dict[str, str]]:
    said = ZH if lang == "zh" else EN
    family, neighbours = await help_sold(
        said["opening"],
        chat_id="neighbours",
        title="neighbours",
        family_title="family",
        rate=said["rate"],
        listing=said["listing"],
        seller="chen",
        language=lang,
        default_language=lang,
    )
    await family.say("bob", said["two"])  # family: Bob 2, Cat 1 (orders 1-1, 1-2)
    await family.say("cat", said["one"])
    await neighbours.say("liu", said["three"])  # neighbours: Liu 3, Zhou 1 (orders 1-3, 1-4)
    await neighbours.say("zhou", said["one"])
    return family, neighbours, said


async def _cards(family: Chat, neighbours: Chat) -> tuple[list[str], list[str]]:
    return (await family.card(1)).splitlines(), (await neighbours.card(card_key(1))).splitlines()


@pytest.mark.parametrize(
    ("lang", "open_", "closed", "refunded"),
    [
        (
            "zh",
            ("▓▓▓▓▓▓▓▓▓▓ 7/5（各群合计，本群 3 份）", "▓▓▓▓▓▓▓▓▓▓ 7/5（各群合计，本群 4 份）"),
            ("✅ 已成团，成交价 ¥68/份，共 3 份", "✅ 已成团，成交价 ¥68/份，共 4 份"),
            (
                (
                    "▓▓▓▓▓▓▓▓░░ 已成团（退款后各群合计 4/5，本群 1 份）",
                    "✅ 已成团，成交价 ¥68/份，共 1 份 · 已退款 2 份",
                ),
                (
                    "▓▓▓▓▓▓▓▓░░ 已成团（退款后各群合计 4/5，本群 3 份）",
                    "✅ 已成团，成交价 ¥68/份，共 3 份 · 已退款 1 份",
                ),
            ),
        ),
        (
            "en",
            ("▓▓▓▓▓▓▓▓▓▓ 7/5 (all groups; 3 units here)", "▓▓▓▓▓▓▓▓▓▓ 7/5 (all groups; 4 units here)"),
            ("✅ Succeeded at ¥68 each: 3 units", "✅ Succeeded at ¥68 each: 4 units"),
            (
                (
                    "▓▓▓▓▓▓▓▓░░ Succeeded (4/5 in all groups after refunds; 1 unit here)",
                    "✅ Succeeded at ¥68 each: 1 unit · refunded: 2 units",
                ),
                (
                    "▓▓▓▓▓▓▓▓░░ Succeeded (4/5 in all groups after refunds; 3 units here)",
                    "✅ Succeeded at ¥68 each: 3 units · refunded: 1 unit",
                ),
            ),
        ),
    ],
)
async def test_each_groups_card_counts_its_own_units_open_closed_and_refunded(
    lang: str,
    open_: tuple[str, str],
    closed: tuple[str, str],
    refunded: tuple[tuple[str, str], tuple[str, str]],
) -> None:
    family, neighbours, said = await _two_groups(lang)

    own, theirs = await _cards(family, neighbours)
    assert (own[5], theirs[5]) == open_  # the shared progress, and what this group took of it

    announced = await family.say("amy", said["close"])
    own, theirs = await _cards(family, neighbours)
    assert (own[3], theirs[3]) == (open_[0], open_[1])
    assert (own[4], theirs[4]) == closed
    in_family = [r.text for r in announced if r.chat_id == "family" and r.text and not r.private_to]
    in_neighbours = [r.text for r in announced if r.chat_id == "neighbours" and r.text and not r.private_to]
    units = ("3 份。", "4 份。") if lang == "zh" else ("3 units.", "4 units.")
    assert units[0] in in_family[0] and units[1] in in_neighbours[0]  # as each group's announcement

    for order in (1, 4):  # Bob's 2 (family), Zhou's 1 (neighbours)
        await family.say("amy", said["paid"].format(order), private=True)
        await family.say("amy", said["refund"].format(order), private=True)
    own, theirs = await _cards(family, neighbours)
    assert (own[3], own[4]) == refunded[0]
    assert (theirs[3], theirs[4]) == refunded[1]
    assert own[-2:] == ["1. Bob ×2 ↩", "2. Cat ×1"] and theirs[-2:] == ["1. Liu ×3", "2. Zhou ×1 ↩"]


async def test_a_group_where_nobody_joined_says_so_and_one_all_refunded_counts_only_its_own() -> None:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 88 成团 2", chat_id="neighbours", title="neighbours", seller="chen"
    )
    await family.say("bob", "+2")
    await family.say("cat", "+1")
    await family.say("amy", "截单")

    assert (await neighbours.card(card_key(1))).splitlines()[3:] == [
        "▓▓▓▓▓▓▓▓▓▓ 3/2（各群合计，本群 0 份）",
        "✅ 已成团，成交价 ¥88/份，本群没有人跟团",
    ]
    assert (await family.card(1)).splitlines()[3:5] == [
        "▓▓▓▓▓▓▓▓▓▓ 3/2",  # every unit is this group's: nothing to tell apart
        "✅ 已成团，成交价 ¥88/份，共 3 份",
    ]


async def test_the_organisers_group_list_shows_its_own_lines_and_she_reads_the_others_privately() -> None:
    family, neighbours, said = await _two_groups("zh")
    await family.say("amy", said["close"])

    by_bob = await family.say("bob", "名单")
    by_amy = await family.say("amy", "名单")

    listed = "📋 芒果（#1）接龙名单，共 2 条：\n1. Bob ×2\n2. Cat ×1"
    assert family.said(by_bob) == listed and family.private(by_bob) == {}
    assert family.said(by_amy) == listed
    assert family.private(by_amy)["amy"] == (
        "📊 芒果（#1）🤝 帮卖：Chen（neighbours）×4\n"
        "（只发给你：群里的名单只列本群的；完整名单在这里发“名单 #1”。）"
    )
    assert neighbours.said(await neighbours.say("liu", "名单")) == (
        "📋 芒果（#1）接龙名单，共 2 条：\n1. Liu ×3\n2. Zhou ×1"
    )


async def test_wechat_renders_each_groups_card_as_telegram_does() -> None:
    family, _, said = await _two_groups("zh")
    await family.say("amy", said["close"])
    await family.say("amy", said["paid"].format(1), private=True)
    await family.say("amy", said["refund"].format(1), private=True)

    for key in (1, card_key(1)):  # `tuan run wechat` renders with its platform; Telegram's adds a Share row
        wechat = await family.app.render_card(key, platform="wechat")
        telegram = await family.app.render_card(key, platform="telegram")
        assert wechat.text == telegram.text
        # this group's units less its refunded (review 27 #8), as its `共 1 份 · 已退款 2 份`
        assert ("本群 1 份" if key == 1 else "本群 4 份") in wechat.text
