"""代报 (/add), /remove and friends' lines as the organiser and the members read them: a typo is not a new
buyer, a member named is that member's line, refusals name the line they are about (a guest's, a
friend's), a friend's line taken off is not the member leaving, and a guest's messages are written to
the organiser who added them (session 9 review)."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

MANGOES = "/groupbuy Mangoes price 30 target 5 limit 2 ends today 20:00"
SHIRTS = "/groupbuy Shirts options black:30,white:30 target 5 limit 2 ends today 20:00"


async def opened(text: str, *joins: tuple[str, str]) -> Chat:
    chat = fake_chat()
    await chat.say("amy", text)
    for user, join in joins:
        await chat.say(user, join)
    return chat


def list_of(card: str) -> list[str]:
    return card.split("\n\n", 1)[1].splitlines()


# -- 1. what /add takes as a name -------------------------------------------------------------------------
async def test_a_number_alone_is_not_a_buyers_name() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", "/add #1 3")) == (
        "“3” is not a name: nothing was changed. Write the buyer's name, then how many: /add Aunt Wang 2 "
        "(or /add #1 Aunt Wang 2)."
    )
    assert chat.said(await chat.say("amy", "代报 5")) == (
        "“5”不是名字，没有任何改动。请先写名字再写份数：代报 王阿姨 2（或 代报 #1 王阿姨 2）。"
    )
    assert await chat.card(1) == card


async def test_a_signed_number_after_the_name_gets_the_form_meant() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))
    await chat.say("amy", "代报 张姐 1")
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", "代报 张姐 -1")) == (
        "代报只能加，没有任何改动。要把 张姐 移出名单：踢出 张姐；"
        "要减少份数：代报 张姐 改成N份（N 是要的份数）。"
    )
    assert chat.said(await chat.say("amy", "/add Aunt Wang +2")) == (
        "Write how many without a sign: /add Aunt Wang 2. Nothing was changed."
    )
    assert await chat.card(1) == card


async def test_a_member_named_without_at_is_added_to_their_own_line() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))

    replies = await chat.say("amy", "/add Bob 1")

    assert chat.said(replies) == "Amy added 1 to Bob's line: Bob now has 2 × Mangoes (#1). Now ¥30 each."
    assert list_of(await chat.card(1)) == ["1. Bob ×2"]


async def test_a_member_named_with_at_is_added_to_their_own_line_in_chinese() -> None:
    chat = await opened("接龙 海南芒果 价格 30 成团 5 截止 今晚8点", ("bob", "+1"))

    replies = await chat.say("amy", "代报 @Bob 2 3号楼")

    assert chat.said(replies) == "Amy 帮 Bob 加了 2 份：Bob 现在是 3 × 海南芒果（#1）。当前 ¥30/份。"
    assert list_of(await chat.card(1)) == ["1. Bob ×3 · 3号楼"]


async def test_an_at_name_nobody_here_has_is_answered_with_the_add_form() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))

    replies = await chat.say("amy", "/add @Zed 1")

    assert chat.said(replies) == (
        "I don't know anyone called Zed in this chat: nothing was changed. To add someone who is not in "
        "the chat, write their name without @: /add Zed 1."
    )


# -- 2. refusals about a guest's or a friend's line -------------------------------------------------------
async def test_an_option_hint_for_a_guest_is_the_add_form() -> None:
    chat = await opened(SHIRTS)

    asked = await chat.say("amy", "/add #1 Aunt Wang 1")
    assert chat.said(asked) == (
        "Which option of Shirts (#1) for Aunt Wang? black ¥30 / white ¥30. Add it after the number, "
        "e.g. /add #1 Aunt Wang 1 white."
    )
    followed = await chat.say("amy", "/add #1 Aunt Wang 1 white")

    assert chat.said(followed).startswith("Amy added Aunt Wang (not in this chat): 1 × Shirts white (#1)")
    assert list_of(await chat.card(1)) == ["1. Aunt Wang white ×1 (added by Amy)"]


async def test_the_limit_names_the_guest_not_the_organiser() -> None:
    chat = await opened(SHIRTS)

    assert chat.said(await chat.say("amy", "/add #1 Aunt Wang 3 black")) == (
        "Sorry, Shirts black is limited to 2 per person, so Aunt Wang can have at most 2."
        " Nothing was changed."
    )
    await chat.say("amy", "代报 王阿姨 1 black")
    assert chat.said(await chat.say("amy", "代报 王阿姨 2 black")) == (
        "抱歉，Shirts black 每人限购 2 份，王阿姨 已经有 1 份了，还能再要 1 份，没有任何改动。"
    )


async def test_the_limit_names_the_friend_not_the_member() -> None:
    chat = await opened(MANGOES, ("cat", "+1 for Wang"))

    assert chat.said(await chat.say("cat", "+4 for Wang")) == (
        "Sorry, Mangoes is limited to 2 per person and Wang already has 1, so Wang may have 1 more."
        " Nothing was changed."
    )
    assert chat.said(await chat.say("cat", "+2 帮 Wang")) == (
        "抱歉，Mangoes 每人限购 2 份，Wang 已经有 1 份了，还能再要 1 份，没有任何改动。"
    )


async def test_an_option_hint_for_a_friend_keeps_the_friend() -> None:
    chat = await opened(SHIRTS)

    asked = await chat.say("cat", "+1 for Wang")
    assert chat.said(asked) == (
        "Which option of Shirts (#1) for Wang? black ¥30 / white ¥30. Send it with the join, "
        "e.g. +1 for Wang white."
    )
    await chat.say("cat", "+1 for Wang white")  # as the hint says

    assert list_of(await chat.card(1)) == ["1. Cat for Wang white ×1"]


# -- 3. a friend's line taken off --------------------------------------------------------------------------
async def test_a_friends_line_taken_off_says_whose_and_what_is_left() -> None:
    chat = await opened(
        "/groupbuy Mangoes price 30 target 9 ends today 20:00", ("cat", "+4"), ("cat", "+1 for Wang")
    )

    replies = await chat.say("cat", "-1 for Wang")

    assert chat.said(replies) == "Cat took the line for Wang off Mangoes (#1); Cat still has 4 on the list."
    assert list_of(await chat.card(1)) == ["1. Cat ×4"]


async def test_a_friends_line_lowered_and_taken_off_in_chinese() -> None:
    chat = await opened("接龙 蜂蜜 价格 30 成团 9 截止 今晚8点", ("cat", "+2 帮 Wang"))

    lowered = await chat.say("cat", "-1 #1 帮 Wang")
    gone = await chat.say("cat", "-1 #1 帮 Wang")

    assert chat.said(lowered) == "Cat 帮 Wang 报的现在是 1 × 蜂蜜（#1）。当前 ¥30/份。"
    assert chat.said(gone) == "Cat 撤下了帮 Wang 报的 蜂蜜（#1）。"


# -- 4. /remove and /helper refusals -----------------------------------------------------------------------
async def test_removing_a_friends_line_that_does_not_exist_says_so() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))
    card = await chat.card(1)

    replies = await chat.say("amy", "/remove #1 @Bob for Wang")

    assert (
        chat.said(replies) == "Bob has no line for Wang on Mangoes: nothing was changed. Bob's lines: Bob ×1."
    )
    assert await chat.card(1) == card


async def test_a_guest_with_a_name_of_several_words_is_removed_on_a_group_buy_with_options() -> None:
    chat = await opened(SHIRTS, ("bob", "+1 black"))
    await chat.say("amy", "/add #1 Aunt Wang 1 black")

    replies = await chat.say("amy", "/remove #1 Aunt Wang")

    assert chat.said(replies).startswith("Amy removed Aunt Wang (×1) from Shirts (#1).")
    assert list_of(await chat.card(1)) == ["1. Bob black ×1"]


async def test_an_unknown_name_gets_each_commands_own_form() -> None:
    chat = await opened(MANGOES, ("bob", "+1"))

    removed = chat.said(await chat.say("amy", "/remove #1 Aunt Li"))
    helper = chat.said(await chat.say("amy", "/helper @Dan"))

    assert removed == (
        "Nobody called Aunt Li is on the list of Mangoes (#1), and no member of this chat is called that: "
        "nothing was changed. Write the name as the list shows it: /remove @name, /remove @name for Wang, "
        "or /remove Aunt Wang."
    )
    assert helper == (
        "I don't know anyone called Dan in this chat: nothing was changed. A helper must have written in "
        "this chat (or in another group selling it) at least once; then: /helper #1 @name."
    )
    assert "order number" not in removed + helper


# -- 5. a guest's messages go to the organiser, about the guest ------------------------------------------
async def closed_with_a_guest(text: str = "/groupbuy Honey price 40 target 3 ends today 20:00") -> Chat:
    chat = await opened(text, ("bob", "+1"))
    await chat.say("amy", "/add Aunt Wang 3")
    await chat.say("amy", "/close")
    return chat


async def test_a_guests_paid_order_tells_the_organiser_the_code_to_pass_on() -> None:
    chat = await closed_with_a_guest()

    replies = await chat.say("amy", "/paid 1-2")

    assert chat.said(replies) == "✅ Aunt Wang's order #1-2 is paid."
    told = chat.private(replies)
    assert list(told) == ["amy"]
    assert re.fullmatch(
        r"Aunt Wang's pickup code: \d{4}: pass it on to Aunt Wang \(it is shown when collecting\)\.",
        told["amy"],
    ), told["amy"]
    assert "your" not in told["amy"].lower()


async def test_a_guests_refund_tells_the_organiser_to_give_it_back_to_the_guest() -> None:
    chat = await closed_with_a_guest()
    await chat.say("amy", "/paid 1-2")

    replies = await chat.say("amy", "/refund 1-2")

    # she refunded it herself: her answer says it, no private note about the same guest (session 16)
    assert chat.said(replies) == "Order #1-2 of Aunt Wang is refunded."
    assert chat.private(replies) == {  # her answer, with the amount, privately (s30)
        "amy": "Order #1-2 of Aunt Wang is marked refunded (¥120). Give the money back to them directly."
    }


async def test_a_reminder_asks_the_organiser_to_collect_from_a_guest() -> None:
    chat = await closed_with_a_guest("接龙 蜂蜜 价格 40 成团 3 截止 今晚8点")

    replies = await chat.say("amy", "/remind")

    assert chat.said(replies).splitlines()[1:] == [
        "• Bob（订单 #1-1）",
        "• Aunt Wang（订单 #1-2，Amy 代报，由 Amy 收款）",
        "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。",
        "Amy：代报的人请你向他们收款，收到后发 已收 加订单号，例如 已收 1-2。",
    ]


async def test_a_reminder_of_guests_only_asks_nobody_to_send_ipaid() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Honey price 40 target 3 ends today 20:00")
    await chat.say("amy", "/add Aunt Wang 3")
    await chat.say("amy", "/close")

    said = chat.said(await chat.say("amy", "/remind"))

    assert said.splitlines()[1:] == [
        "• Aunt Wang (order #1-1; added by Amy, who collects it)",
        "Amy: collect from the people you added (/add), then confirm each with /paid and its order number, "
        "e.g. /paid 1-1.",
    ]
    assert "/ipaid" not in said


async def test_a_guests_order_picked_up_is_told_to_the_organiser_about_the_guest() -> None:
    chat = await closed_with_a_guest()
    await chat.say("amy", "/helper #1 @Bob")
    paid = chat.private(await chat.say("amy", "/paid 1-2"))
    code = re.findall(r"pickup code: (\d{4,6})", paid["amy"])[0]

    taken = await chat.say("bob", f"/pickupcode {code}")
    members = chat.private(await chat.say("amy", "/paid 1-1"))  # a member's: to him, as before

    assert chat.private(taken) == {"amy": "Aunt Wang's order #1-2 (Honey) was marked picked up by Bob."}
    assert list(members) == ["bob"]
    assert members["bob"].startswith("Amy confirmed your payment of ¥40 for order #1-1 (Honey).")


async def test_undoing_a_guests_paid_mark_sends_the_organiser_no_your_order_note() -> None:
    chat = await closed_with_a_guest()
    await chat.say("amy", "/paid 1-2")

    replies = await chat.say("amy", "/unpaid 1-2")

    assert chat.said(replies) == "Undone: order #1-2 of Aunt Wang is not paid again (no refund)."
    assert chat.private(replies) == {}  # she undid it herself: her answer says it all, no "your order"
