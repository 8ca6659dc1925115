"""Help-selling (帮卖) as members and organisers expect it: a member who joins again from a second group
is told where her units went; the organiser's own listing in another group of hers does not keep a real
help-seller out; a cancel is told to each help-seller privately, in their language."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold, two_groups
from tests.unit.handlers.conftest import Chat

OPEN = "接龙 芒果 价格 100 成团 5 库存 10 截止 2小时"
OFFICE_CARD = card_key(1)


async def listed() -> tuple[Chat, Chat]:
    return await help_sold(OPEN, title="公司团购群", family_title="相亲相爱一家人")


async def test_a_second_join_from_another_group_says_where_the_units_went() -> None:
    family, office = await listed()
    await family.say("cat", "+1")
    again = await office.say("cat", "+2")
    assert office.said(again) == (
        "Cat 跟团：又加 2 份，现在共 3 × 芒果（#1）。当前 ¥100/份。"
        "你已在「相亲相爱一家人」跟过这个团：这 2 份加在你那里的一行里，"
        "名单和订单都在那个群，本群名单不显示。"
    )
    assert (await office.card(OFFICE_CARD)).endswith("本群还没有人跟团（其他群已订 3 份），发 +1 跟团")
    assert (await family.card(1)).endswith("1. Cat ×3")


async def test_a_second_join_from_the_organisers_group_names_the_listing_group() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    await office.say("eve", "+1")
    again = family.said(await family.say("cat", "+1"))
    assert again.endswith(
        "你已在「公司团购群」跟过这个团：这 1 份加在你那里的一行里，名单和订单都在那个群，本群名单不显示。"
    )
    assert (await family.card(1)).endswith("本群还没有人跟团（其他群已订 3 份），发 +1 跟团")
    office_card = await office.card(OFFICE_CARD)
    assert office_card.endswith("1. Cat ×2\n2. Eve ×1")


async def test_tapping_join_in_the_second_group_says_where_the_line_is() -> None:
    family, office = await listed()
    await family.say("cat", "+1")
    tapped = await office.tap("cat", "gb:join:1")
    assert office.toast(tapped) == (
        "你已经在团里了：1 × 芒果。要再加一份，发 +1。你的这一行在「相亲相爱一家人」，名单和订单都在那个群。"
    )


async def test_the_second_join_is_told_in_english() -> None:
    family, office = await help_sold(
        "/groupbuy Mangoes price 100 target 5 ends 2h",
        title="Office",
        family_title="Family",
        rate="/helpsell on 10%",
        listing="/helpsell #1",
        language="en",
        default_language="en",
    )
    await family.say("cat", "/join")
    again = office.said(await office.say("cat", "/join 2", language="en"))
    assert again.endswith(
        "You joined this group buy in Family first: the 2 added here went to your line there, with your "
        "order, so this group's list does not show you."
    )


async def test_a_join_in_the_same_group_says_nothing_more() -> None:
    _, office = await listed()
    await office.say("cat", "+1")
    assert office.said(await office.say("cat", "+1")) == (
        "Cat 跟团：又加 1 份，现在共 2 × 芒果（#1）。当前 ¥100/份。"
    )


async def test_the_organisers_own_listing_gives_way_to_a_help_seller() -> None:
    clock = FakeClock()
    family, office = two_groups(title="公司团购群", clock=clock)
    await family.say("amy", "接龙 芒果 价格 100 成团 2 库存 10 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    own = await office.say("amy", "帮卖 #1")
    assert office.said(own).startswith("🤝 团长 Amy 把 芒果（#1）也开到本群")  # no commission: her own
    await office.say("cat", "+1")  # the organiser's own sale: nobody earns on it
    clock.advance(minutes=5)
    taken = await office.say("bob", "帮卖 #1")
    assert office.said(taken) == (
        "🤝 Bob 接手本群的帮卖：芒果（#1，团长 Amy）。从现在起本群新跟团的订单，Bob 按实付金额的 10% 计佣金；"
        "之前的跟团照旧。"
    )
    assert office.private(taken) == {
        "amy": "🤝 Bob 在「公司团购群」接手了你在那里挂的 芒果（#1）帮卖，之后该群新跟团的订单由 Bob 计佣金。"
    }
    assert "🤝 本群帮卖：Bob" in await office.card(OFFICE_CARD)
    assert "🤝 另有 1 个群帮卖中" in await family.card(1)  # still one listing
    await office.say("dan", "+1")
    refused = office.said(await office.say("eve", "帮卖 #1"))
    assert refused == "芒果（#1）已由 Bob 在本群帮卖，直接 +1 跟团即可，没有任何改动。"
    await family.say("amy", "截单")
    await family.say("amy", "/paid 1-1", private=True)  # Cat's, before Bob: the organiser's own sale
    await family.say("amy", "/paid 1-2", private=True)  # Dan's, after Bob took it over
    assert office.said(await office.say("bob", "/earnings", private=True, language="en")) == (
        "Your earnings from help-selling:\nHeld: ¥10\nYours to withdraw: ¥0\n#1-2 芒果 (Dan): ¥10, "
        "held until Dan picks it up, or Mon 30 Nov 12:05 at the latest"
    )


async def test_the_organiser_lists_her_group_buy_not_open_to_help_selling() -> None:
    family, office = two_groups(title="公司团购群")
    await family.say("amy", OPEN)
    garden = Chat(family.app, chat_id="garden", title="Garden club")
    assert office.said(await office.say("amy", "帮卖 #1")) == (
        "🤝 团长 Amy 把 芒果（#1）也开到本群：与原群同库存、同价、同截止时间，直接 +1 或点卡片上的按钮跟团。"
    )
    assert garden.said(await garden.say("bob", "帮卖 #1")) == (
        "没有可以帮卖的团购 #1。"
        "如果是别的群的团，请团长先在那个群发「帮卖 #1 开 10%」，再在这里发「帮卖 #1」。"
        "没有任何改动。"
    )


async def test_a_cancel_is_told_to_each_help_seller_privately_in_their_language() -> None:
    family, office = await help_sold(OPEN, title="公司团购群")
    garden = Chat(family.app, chat_id="garden", title="Garden club")
    await garden.say("eve", "/helpsell #1", language="en")
    await office.say("cat", "+1")
    cancelled = await family.say("amy", "取消 #1 确认")
    told = family.private(cancelled)
    assert told["bob"] == (
        "你帮卖的 芒果（#1，团长 Amy）已被团长取消，不再成团；你挂它的群已收到通知：公司团购群。"
    )
    assert told["eve"] == (
        "芒果 (#1, organised by Amy), which you help-sell, was cancelled by its organiser and will not go "
        "ahead. The groups where you listed it were told: Garden club."
    )
    assert "amy" not in told or "帮卖" not in told["amy"]
