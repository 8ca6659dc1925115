"""Product options (多规格) in a chat: opening with options, joining each (typed and by its button), the
question which one, leaving one, the card, the close and each buyer's order, the lists; mistakes get one
message and change nothing."""

from __future__ import annotations

from handlers.buttons import CardAction, CardButton, PrivateCardButton
from handlers.parsing.commands import parse_button
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN_ZH = "接龙 海南芒果 规格 3斤:58:20,5斤:88 阶梯 5:-5,10:-10 成团 3 截止 今晚8点"
OPEN_EN = "/groupbuy Mangoes options 3kg:58:2,5kg:88 tiers 4:-5 target 2"


async def opened(text: str = OPEN_ZH, *joins: tuple[str, str]) -> Chat:
    chat = fake_chat()
    await chat.say("amy", text)
    for user, join in joins:
        await chat.say(user, join)
    return chat


def list_of(card: str) -> list[str]:
    return card.split("\n\n", 1)[1].splitlines()


async def test_opening_with_options_says_how_to_name_one_and_the_card_lists_them() -> None:
    chat = fake_chat()

    replies = await chat.say("amy", OPEN_ZH)

    assert chat.said(replies) == (
        "团购 #1 开团了：海南芒果，3斤 ¥58/份 / 5斤 ¥88/份。发 +1 或点“跟团”参加，截止 11月23日 周一 20:00。"
        "跟团时请带上规格：+1 3斤。"
    )
    assert (await chat.card(1)).split("\n") == [
        "🛒 海南芒果（#1）",
        "团长：Amy",
        "规格（阶梯按所有规格的总份数）：",
        "• 3斤 ¥58 · 已订 0 · 剩 20",
        "• 5斤 ¥88 · 已订 0",
        "阶梯（总份数）：满5份每份减¥5 · 满10份每份减¥10",
        "总数再有 5 份，每份减 ¥5",
        "░░░░░░░░░░ 0/3",
        "截止：11月23日 周一 20:00",
        "",
        "还没有人跟团，发“+1 3斤”抢第一个",
    ]
    card = await chat.app.render_card(1)
    assert [[(b.label, b.data) for b in row] for row in card.buttons] == [
        [("跟团 3斤", "gb:join:1:1"), ("跟团 5斤", "gb:join:1:2")],
        [("退出", "gb:leave:1"), ("查看进度", "gb:status:1")],
    ]


async def test_each_way_of_joining_names_an_option_and_a_bare_join_is_asked_which() -> None:
    chat = await opened()

    which = await chat.say("bob", "+1")
    plus = await chat.say("bob", "+2 5斤")
    wants = await chat.say("cat", "我要两份 3斤")
    slash = await chat.say("dan", "/join 2 5斤 gate 3")

    assert chat.said(which) == (
        "海南芒果（#1）要哪个规格？3斤 ¥58 / 5斤 ¥88。跟团时带上规格，例如 +1 5斤，或点对应的跟团按钮。"
    )
    assert chat.said(plus) == "Bob 跟团：2 × 海南芒果 5斤（#1）。5斤 现价 ¥88/份，总数再有 3 份，每份减 ¥5。"
    assert chat.said(wants) == (
        "Cat 跟团：2 × 海南芒果 3斤（#1）。3斤 现价 ¥58/份，总数再有 1 份，每份减 ¥5。🎉 已成团！"
    )
    assert chat.said(slash) == (
        "Dan is in: 2 × 海南芒果 5斤 (#1). Note: gate 3. "
        "5斤: now ¥83 each — 4 more in total takes another ¥5 off each."
    )
    assert list_of(await chat.card(1)) == ["1. Bob 5斤 ×2", "2. Cat 3斤 ×2", "3. Dan 5斤 ×2 · gate 3"]


async def test_an_options_button_joins_it_once_and_a_second_tap_says_so() -> None:
    chat = await opened()

    first = await chat.tap("eve", "gb:join:1:1")
    again = await chat.tap("eve", "gb:join:1:1")
    other = await chat.tap("eve", "gb:join:1:2")

    assert chat.toast(first) == "跟团成功：1 × 海南芒果 3斤"
    assert chat.toast(again) == "你已经在团里了：1 × 海南芒果 3斤。要再加一份，发 +1 3斤。"
    assert chat.toast(other) == "跟团成功：1 × 海南芒果 5斤"
    assert list_of(await chat.card(1)) == ["1. Eve 3斤 ×1", "2. Eve 5斤 ×1"]


async def test_a_member_holding_two_options_says_which_one_to_leave() -> None:
    chat = await opened(OPEN_ZH.replace("成团 3", "成团 1"), ("bob", "+2 5斤"), ("bob", "+1 3斤 3号楼"))

    which = await chat.say("bob", "-1")
    lowered = await chat.say("bob", "-1 5斤")
    left = await chat.say("bob", "退出 3斤")

    assert chat.said(which) == "你在 海南芒果 有几个规格：5斤 ×2 / 3斤 ×1。请说明是哪个，例如 -1 3斤。"
    assert (
        chat.said(lowered) == "Bob 现在是 1 × 海南芒果 5斤（#1）。5斤 现价 ¥88/份，总数再有 3 份，每份减 ¥5。"
    )
    assert chat.said(left) == "Bob 退出了 海南芒果 3斤（#1）。"
    assert list_of(await chat.card(1)) == ["1. Bob 5斤 ×1"]
    assert chat.said(await chat.say("bob", "-1")).startswith("Bob 退出了 海南芒果 5斤（#1）")  # one line left


async def test_an_options_stock_is_its_own_and_a_sold_out_option_offers_its_waiting_list() -> None:
    chat = await opened(OPEN_EN, ("bob", "/join 2 5kg"), ("cat", "+2 3kg"))

    refused = await chat.say("dan", "+1 3kg")
    card = await chat.app.render_card(1)

    assert chat.said(refused) == (
        "Dan: Sorry, Mangoes 3kg is sold out. To wait for it, send /wait 3kg 1: whatever comes free goes to "
        "the first in line whose quantity fits. Still to be had: 5kg, e.g. +1 5kg."
    )
    assert card.text.split("\n")[2:6] == [
        "Options (tiers count every option's units together):",
        "• 3kg ¥53 (¥58 − ¥5) · 2 taken · sold out",
        "• 5kg ¥83 (¥88 − ¥5) · 2 taken",
        "Tiers on the total: 4+ ¥5 off each",
    ]
    assert [[(b.label, b.data) for b in row] for row in card.buttons] == [
        [("Wait for 3kg", "gb:wait:1:1"), ("Join 5kg", "gb:join:1:2")],
        [("Leave", "gb:leave:1"), ("Progress", "gb:status:1")],
    ]
    assert chat.said(await chat.say("dan", "/waitlist")).startswith(  # only 3kg is sold out: that one
        "Dan is on the waiting list of Mangoes 3kg (#1) for 1: number 1 in line."
    )


async def test_the_close_makes_each_order_a_line_per_option_at_its_price_less_the_discount() -> None:
    chat = await opened(
        OPEN_ZH, ("bob", "+2 5斤"), ("bob", "+1 帮 小王 5斤"), ("cat", "+2 3斤"), ("amy", "代报 王阿姨 1 3斤")
    )

    closed = await chat.say("amy", "截单")

    assert chat.said(closed).startswith(
        "✅ 海南芒果（#1）成团了：3斤 ¥53/份 / 5斤 ¥83/份，共 3 个订单、6 份。"
    )
    assert chat.private(closed) == {
        "bob": "你在 海南芒果（#1）的订单 #1-1：\n"
        "海南芒果 5斤：2 × ¥83 = ¥166\n"
        "海南芒果 5斤（帮 小王）：1 × ¥83 = ¥83\n"
        "合计：¥249\n"
        "请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长，团长确认收款。",
        "cat": "你在 海南芒果（#1）的订单 #1-2：\n"
        "海南芒果 3斤：2 × ¥53 = ¥106\n"
        "合计：¥106\n"
        "请付款给团长 Amy（现金或转账），付完发“我已付款 1-2”告诉团长，团长确认收款。",
        "amy": "你代报的 王阿姨 在 海南芒果（#1）的订单 #1-3：\n"
        "海南芒果 3斤：1 × ¥53 = ¥53\n"
        "合计：¥53\n"
        "王阿姨 不在群里：请向 王阿姨 收款，收到后发“已收款 1-3”确认。",
    }
    card = await chat.card(1)
    assert "✅ 已成团，成交价 3斤 ¥53/份 / 5斤 ¥83/份，共 6 份" in card.split("\n")
    assert list_of(card) == [
        "1. Bob 5斤 ×2",
        "2. Bob 帮 小王 5斤 ×1",
        "3. Cat 3斤 ×2",
        "4. 王阿姨 3斤 ×1（Amy 代报）",
    ]


async def test_the_lists_show_each_lines_option_and_the_totals_per_option() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+2 5斤"), ("cat", "+2 3斤"), ("dan", "+1 3斤"))
    await chat.say("amy", "截单")

    public = chat.said(await chat.say("cat", "名单"))
    private = chat.said(await chat.say("amy", "名单 #1", private=True))

    assert public.split("\n") == [
        "📋 海南芒果（#1）接龙名单，共 3 条：",
        "1. Bob 5斤 ×2",
        "2. Cat 3斤 ×2",
        "3. Dan 3斤 ×1",
        "各规格：3斤 ×3 · 5斤 ×2",
    ]
    assert private.split("\n")[:8] == [
        "📋 海南芒果（#1）团长名单 · 已成团 · 3斤 ¥53/份 / 5斤 ¥83/份",
        "1. Bob 5斤 ×2 · ¥166 · 订单 #1-1 共 ¥166 · ⏳未付",
        "2. Cat 3斤 ×2 · ¥106 · 订单 #1-2 共 ¥106 · ⏳未付",
        "3. Dan 3斤 ×1 · ¥53 · 订单 #1-3 共 ¥53 · ⏳未付",
        "",
        "合计：5 份，¥325",
        "3斤：3 份，¥159",
        "5斤：2 份，¥166",
    ]


async def test_mistakes_with_options_get_one_message_and_change_nothing() -> None:
    chat = await opened(OPEN_EN, ("bob", "/join 2 5kg"))
    before = await chat.card(1)

    answers = [
        chat.said(await chat.say("cat", "+1 7kg")),
        chat.said(await chat.say("bob", "/leave 9kg")),
        chat.said(await chat.say("amy", "/edit price 50")),
        chat.said(await chat.say("amy", "/groupbuy Pears options 1kg:10 price 10")),
        chat.said(await chat.say("amy", "/groupbuy Pears options 1kg:10,2kg:18 tiers 5:8")),
        chat.said(await chat.say("amy", "/groupbuy Pears options 1kg:10,1KG:18")),
    ]

    assert answers == [
        "Which option of Mangoes (#1)? 3kg ¥58 / 5kg ¥88. Send it with your join, e.g. +1 5kg, "
        "or tap its Join button.",
        "Mangoes (#1) has no option “9kg”; its options: 3kg ¥58 / 5kg ¥88. Name one to leave it, "
        "e.g. -1 5kg. Nothing was changed.",
        "Mangoes (#1) has options: name the one whose price changes, e.g. /edit #1 5kg price ¥50. The"
        " options are: 3kg ¥58 / 5kg ¥88. Nothing was changed.",
        "With options each option has its own price: leave out “price”. Example: /groupbuy Mangoes options "
        "3kg:58,5kg:88",
        "With options a tier takes an amount off every option's price: write “5:8” as quantity:-amount. "
        "Example: tiers 10:-5,20:-10 (from 10 units in total, ¥5 less a unit)",
        "The option “1KG” is there twice: give each option its own name.",
    ]
    assert await chat.card(1) == before
    assert chat.said(await chat.say("amy", "/status #2")).startswith("There is no group buy #2")


async def test_a_group_buy_without_options_reads_a_leave_with_a_word_as_before() -> None:
    chat = await opened("/groupbuy Pears price 10", ("bob", "+2"))

    assert chat.said(await chat.say("bob", "/leave lots")) == (
        "Write it like: -1 (one fewer), /leave (off the list) or /leave #1"
    )
    assert await chat.say("bob", "退出群聊") == []  # talk stays talk
    assert await chat.say("bob", "-1 haha") != []
    assert list_of(await chat.card(1)) == ["1. Bob ×2"]


def test_an_options_join_button_packs_its_option_and_old_buttons_stay_the_same() -> None:
    assert CardButton(CardAction.JOIN, 12).pack() == "gb:join:12"
    assert CardButton(CardAction.JOIN, 12, 3).pack() == "gb:join:12:3"
    assert CardButton.unpack("gb:join:12:3") == CardButton(CardAction.JOIN, 12, 3)
    assert CardButton.unpack("gb:join:12") == CardButton(CardAction.JOIN, 12, 0)
    private = PrivateCardButton(CardAction.JOIN, 12, "AbC-_9xyzAbC-_9x", 2)
    assert private.pack() == "gp:join:12:AbC-_9xyzAbC-_9x:2"
    tapped = parse_button("gp:join:12:AbC-_9xyzAbC-_9x:2")
    assert tapped is not None and (tapped.option_index, tapped.signature) == (2, "AbC-_9xyzAbC-_9x")
    command = parse_button("gb:join:12:2")
    assert command is not None and (command.name, command.option_index, command.first_only) == (
        "join",
        2,
        True,
    )


async def test_a_friends_line_of_an_option_is_its_own_line() -> None:
    chat = await opened(OPEN_EN)

    english = await chat.say("bob", "+1 for Wang 5kg")
    chinese = await chat.say("bob", "+1 帮 小王 3kg")

    assert chat.said(english).startswith("Bob joined for Wang: 1 × Mangoes 5kg (#1).")
    assert chat.said(chinese).startswith("Bob 帮 小王 跟团：1 × Mangoes 3kg（#1）。")
    assert list_of(await chat.card(1)) == ["1. Bob for Wang 5kg ×1", "2. Bob for 小王 3kg ×1"]


async def test_removing_a_member_takes_every_option_they_hold_and_a_copy_keeps_the_options() -> None:
    chat = await opened(
        "/groupbuy Mangoes options 3kg:58:5,5kg:88", ("bob", "+2 3kg"), ("bob", "+1 5kg"), ("cat", "+1 5kg")
    )

    removed = await chat.say("amy", "/remove @Bob")

    assert chat.said(removed) == (
        "Amy removed Bob (3kg ×2, 5kg ×1) from Mangoes (#1). Now 3kg ¥58 / 5kg ¥88 each."
    )
    assert list_of(await chat.card(1)) == ["1. Cat 5kg ×1"]
    assert "• 3kg ¥58 · 0 taken · 5 left" in (await chat.card(1)).split("\n")

    await chat.say("amy", "/cancel #1 confirm")  # a copy beside the open original is refused
    copied = await chat.say("amy", "/copy #1")
    joined = await chat.say("dan", "+3 #2 3kg")
    assert chat.said(copied).startswith(
        "Group buy #2 is open again (a copy of #1): Mangoes at 3kg ¥58 / 5kg ¥88 each."
    )
    assert chat.said(joined).startswith("Dan is in: 3 × Mangoes 3kg (#2).")
    assert (await chat.card(2)).split("\n")[3:5] == ["• 3kg ¥58 · 3 taken · 2 left", "• 5kg ¥88 · 0 taken"]
