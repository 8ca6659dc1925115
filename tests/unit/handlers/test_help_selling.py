"""Help-selling (帮卖) through the chat: Amy opens her mangoes to help-selling, Bob lists them in the
office group, Cat joins there; both groups see one stock and one price but each its own lines, the close
is announced in both, and Bob earns his rate on what the office's orders paid."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 芒果 价格 100 成团 3 库存 10 截止 2小时"
OFFICE_CARD = card_key(1)


async def listed() -> tuple[Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title, office = "相亲相爱一家人", Chat(family.app, chat_id="office", title="公司团购群")
    await family.say("amy", OPEN)
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    return family, office


async def test_the_organiser_opens_it_to_help_selling() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    await family.say("amy", OPEN)
    replies = await family.say("amy", "帮卖 开 10%")
    assert family.said(replies) == (
        "帮卖已开放：芒果（#1）。别的群的成员发「帮卖 #1」即可挂到自己的群，同库存、同价、同截止时间；"
        "帮卖者按其群订单实付金额的 10% 计佣金。"
    )


async def test_a_member_of_another_group_lists_it_there_and_the_organiser_is_told() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    office = Chat(family.app, chat_id="office", title="公司团购群")
    await family.say("amy", OPEN)
    await family.say("amy", "帮卖 开 10%")
    replies = await office.say("bob", "帮卖 #1")
    assert office.said(replies) == (
        "🤝 Bob 在本群帮卖 芒果（#1，团长 Amy）：与原群同库存、同价、同截止时间，"
        "直接 +1 或点卡片上的按钮跟团。帮卖佣金 10%。"
    )
    assert office.private(replies) == {
        "amy": "🤝 Bob 在「公司团购群」帮卖你的 芒果（#1）。各群的成交在私聊发 名单 #1 查看。"
    }
    assert (OFFICE_CARD, True) in office.cards(replies)  # the office's own card, posted there


async def test_each_group_sees_the_shared_progress_and_only_its_own_lines() -> None:
    family, office = await listed()
    assert (await office.card(OFFICE_CARD)).endswith("还没有人跟团，发 +1 抢第一个")  # nobody anywhere yet
    joined = await office.say("cat", "+1")  # a bare +1 in the office: the listed group buy
    assert office.said(joined) == "Cat 跟团：1 × 芒果（#1）。当前 ¥100/份。"
    assert office.cards(joined) == [(1, False), (OFFICE_CARD, False)]  # both groups' cards change
    await family.say("dan", "+2")

    office_card = await office.card(OFFICE_CARD)
    assert "🤝 本群帮卖：Bob" in office_card
    assert "3/3" in office_card and "剩余库存：7" in office_card  # one stock, one progress
    assert office_card.endswith("1. Cat ×1")
    family_card = await family.card(1)
    assert "🤝 另有 1 个群帮卖中" in family_card and "3/3" in family_card
    assert family_card.endswith("1. Dan ×2")  # no office member is shown in the family group


async def test_lists_show_each_group_its_lines_and_the_organiser_each_listing() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    await family.say("dan", "+2")
    assert office.said(await office.say("cat", "名单")) == "📋 芒果（#1）接龙名单，共 1 条：\n1. Cat ×1"
    answer = await family.say("amy", "名单")
    assert family.said(answer) == "📋 芒果（#1）接龙名单，共 1 条：\n1. Dan ×2"
    assert family.private(answer)["amy"].startswith("📊 芒果（#1）🤝 帮卖：Bob（公司团购群）×1\n")
    own = family.said(await family.say("amy", "/list #1", private=True, language="en"))
    assert own.endswith("🤝 Help-selling: Bob (公司团购群) ×1")


async def test_the_close_is_told_in_both_groups_and_the_help_seller_earns_his_rate() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    await family.say("dan", "+2")
    closed = await family.say("amy", "截单")
    told = {reply.chat_id for reply in closed if reply.text.startswith("✅ 芒果（#1）成团了")}
    assert told == {"family", "office"}
    await family.say("amy", "/paid 1-1", private=True)  # Cat's order, made in the office
    await family.say("amy", "/paid 1-2", private=True)  # Dan's, made in the family group: nobody earns
    assert office.said(await office.say("bob", "/earnings", private=True, language="en")) == (
        "Your earnings from help-selling:\nHeld: ¥10\nYours to withdraw: ¥0\n#1-1 芒果 (Cat): ¥10, "
        "held until Cat picks it up, or Mon 30 Nov 12:00 at the latest"
    )


async def test_a_buyer_in_the_listing_group_reaches_their_order_there() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    await family.say("dan", "+2")
    await family.say("amy", "截单")
    mine = await office.say("cat", "我的订单")
    assert office.private(mine) == {
        "cat": "你的订单：\n#1-1 芒果（公司团购群 · Amy 的团 #1）：1 × ¥100 = ¥100 · 待付款\n"
        "💰 订单 #1-1 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长。"
    }


async def test_a_share_code_works_in_a_group_that_lists_it() -> None:
    _, office = await listed()
    shared = office.shared(await office.say("bob", "分享"))
    code = shared[shared.index("团1-") :][:8]
    joined = await office.say("eve", f"+1 {code}")
    assert office.said(joined) == "Eve 跟团：1 × 芒果（#1）。当前 ¥100/份。"


async def test_mistakes_are_answered_and_change_nothing() -> None:
    family, office = await listed()
    cases = [
        (family, "amy", "帮卖 #1", "芒果（#1）就是本群的团购，不用帮卖：直接 +1 跟团即可。"),
        (office, "eve", "帮卖 #1", "芒果（#1）已由 Bob 在本群帮卖，直接 +1 跟团即可，没有任何改动。"),
        (
            family,
            "amy",
            "帮卖 关",
            "芒果（#1）已有别的群在帮卖：帮卖者按所定比例在卖，不能关闭，没有任何改动。",
        ),
        (family, "dan", "帮卖 开 20%", "只有团长（Amy）可以这样做，没有任何改动。"),
        (
            office,
            "bob",
            "帮卖 #99",
            "没有可以帮卖的团购 #99。"
            "如果是别的群的团，请团长先在那个群发「帮卖 #99 开 10%」，"
            "再在这里发「帮卖 #99」。没有任何改动。",
        ),
    ]
    for room, who, text, answer in cases:
        assert room.said(await room.say(who, text)) == answer, text
    assert await office.say("cat", "谁能帮卖一下") == []  # talk, not a command
    alone = office.said(await office.say("cat", "帮卖"))  # as /helpsell alone: its usage
    assert alone.startswith("帮卖：团长发「帮卖 开 10%」")
    usage = office.said(await office.say("cat", "/helpsell"))
    assert usage.startswith("Help-selling: the organiser sends /helpsell on 10%")
    assert family.said(await family.say("bob", "帮卖 #1", private=True)) == (
        "帮卖要在你的群里发：在群里发「帮卖 #1」，团购就挂到那个群。"
    )
    assert "🤝 另有 1 个群帮卖中" in await family.card(1)  # still listed once


async def test_a_group_buy_not_open_to_help_selling_is_one_that_does_not_exist_elsewhere() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    office = Chat(family.app, chat_id="office")
    await family.say("amy", OPEN)
    assert office.said(await office.say("bob", "帮卖 #1")) == (  # as #99 is answered (nothing leaks)
        "没有可以帮卖的团购 #1。"
        "如果是别的群的团，请团长先在那个群发「帮卖 #1 开 10%」，再在这里发「帮卖 #1」。"
        "没有任何改动。"
    )
    assert office.said(await office.say("bob", "+1 #1")) == (  # none open here: no made-up number
        "这个群里没有团购 #1，现在也没有在接龙的团，没有任何改动。"
    )


async def test_the_rate_is_fixed_once_it_closed_and_bounded() -> None:
    family = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await family.say("amy", "/groupbuy Mangoes price 100 target 1 ends 2h")
    refused = family.said(await family.say("amy", "/helpsell on 60%"))
    assert "50%" in refused
    await family.say("amy", "/helpsell on 5%")
    await family.say("bob", "+1")
    await family.say("amy", "/close")
    assert family.said(await family.say("amy", "/helpsell #1 on 8%")) == (
        "Mangoes (#1) has closed: its orders were made at the help-sell commission of 5% and it stays. "
        "Nothing was changed."
    )


async def test_english_forms() -> None:
    family = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", "/groupbuy Mangoes price 100 target 3 ends 2h")
    assert family.said(await family.say("amy", "/helpsell on 7.5%")).startswith(
        "Help-selling is on: a member of another group sends /helpsell #1 there"
    )
    listed_here = office.said(await office.say("bob", "/helpsell #1"))
    assert listed_here.startswith("🤝 Bob is help-selling Mangoes here (#1, organised by Amy)")
    assert "🤝 Help-sold here by Bob" in await office.card(OFFICE_CARD)
    assert "🤝 Also sold in 1 other group" in await family.card(1)


async def test_who_waits_in_the_listing_group_moves_in_there() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    office = Chat(family.app, chat_id="office")
    await family.say("amy", "接龙 芒果 价格 100 库存 1 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await family.say("dan", "+1")
    await office.say("cat", "候补")
    left = await family.say("dan", "退出")
    told = [(reply.chat_id, reply.text) for reply in left if "候补" in reply.text and reply.chat_id]
    assert [chat for chat, _ in told] == ["office"]  # Cat is told where she waited
    assert (await office.card(OFFICE_CARD)).endswith("1. Cat ×1")


async def test_a_group_with_no_joins_yet_is_not_told_to_be_the_first_when_others_joined() -> None:
    family, office = await listed()
    await family.say("dan", "+2")
    assert (await office.card(OFFICE_CARD)).endswith("本群还没有人跟团（其他群已订 2 份），发 +1 跟团")


async def test_confirming_another_groups_order_names_its_buyer_only_privately() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    await family.say("dan", "+2")
    await family.say("amy", "截单")
    confirmed = await family.say("amy", "已收 1-1")  # Cat's order, made in the office
    assert [reply.text for reply in confirmed if reply.text and not reply.private_to] == [
        "Amy，订单 #1-1 已付款，详情已私信发给你。"  # her buyer not named here
    ]
    assert family.private(confirmed)["amy"] == (
        "订单 #1-1（Cat，¥100）已标记为已付款。\n这单的佣金：Bob 的帮卖佣金 ¥10（已私信告知）。"
    )
    own = await family.say("amy", "已收 1-2")  # Dan's, made here: said here as ever
    assert family.said(own) == "✅ Dan 的订单 #1-2 已付款。"


async def test_the_close_tells_each_group_its_own_orders_and_who_waited_there() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    office, garden = Chat(family.app, chat_id="office"), Chat(family.app, chat_id="garden")
    await family.say("amy", "接龙 芒果 价格 100 成团 3 库存 3 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await garden.say("eve", "帮卖 #1")
    await office.say("cat", "+1")
    await family.say("dan", "+2")
    await office.say("fay", "候补")
    closed = await family.say("amy", "截单")
    said = {
        reply.chat_id: reply.text for reply in closed if reply.text and reply.chat_id and not reply.is_card
    }
    assert "共 1 个订单、2 份" in said["family"] and "Fay" not in said["family"]  # its own, not all
    assert "共 1 个订单、1 份" in said["office"] and "候补未补上：Fay" in said["office"]
    assert said["garden"] == "芒果（#1）已截单，本群没有人跟团。"


async def test_a_help_sell_command_written_wrong_is_answered_with_its_form() -> None:
    family, _ = await listed()
    assert family.said(await family.say("amy", "帮卖 开 abc")) == (  # what is wrong (rep104 #10)
        "“abc”不是帮卖佣金比例，没有任何改动。请写 0 到 50 之间的百分比，例如：帮卖 开 10%"
    )
    missing = family.said(await family.say("amy", "帮卖 开"))  # what is missing (review 99 #12)
    assert missing.startswith("帮卖 开 后面少了帮卖佣金比例，没有任何改动。")
    for rate in ("-5%", "10.555%"):  # a rate it cannot take: what is wrong with it (rep82 #10)
        said = family.said(await family.say("amy", f"帮卖 开 {rate}"))
        assert said.startswith(f"“{rate}”不是能用的帮卖佣金比例"), rate
    assert await family.say("amy", "帮卖一下") == []  # talk


async def test_a_note_in_a_listing_group_links_the_listed_group_buy_and_marks_its_help_seller() -> None:
    _, office = await listed()
    posted = await office.say("bob", "种草 #1 芒果真不错")
    assert office.cards(posted) == [(-1, False)]
    card = await office.card(-1)
    assert card.splitlines()[0] == "笔记 #1 · Bob 🏷 帮卖"  # shown as its help-seller, not its organiser


async def test_for_you_never_offers_what_a_member_joined_in_a_listing_group() -> None:
    family, office = await listed()
    await family.say("amy", "接龙 葡萄 价格 60 截止 2小时")
    await office.say("cat", "+1 #1")
    mine = office.said(await office.say("cat", "猜你喜欢", private=True))
    assert "#1 芒果" not in mine


async def test_a_price_change_is_told_in_every_group_that_lists_it() -> None:
    family, office = await listed()
    await office.say("cat", "+1")
    edited = await family.say("amy", "修改 价格 80")
    told = {reply.chat_id for reply in edited if reply.text and reply.chat_id and not reply.is_card}
    assert "office" in told
    office_news = next(reply.text for reply in edited if reply.chat_id == "office" and reply.text)
    assert "¥80" in office_news
