"""The waiting list (候补) in the chat: a sold-out `+1` offers it, `候补 2` queues, a leave moves the first
who fit in and the group hears it, the card shows the queue and a Wait button, the close names who
did not get in; every mistake gets one message and changes nothing."""

from __future__ import annotations

from handlers.buttons import CardAction, CardButton
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN_ZH = "接龙 芒果 价格 30 库存 3 限购 2"


async def sold_out(chat: Chat, opening: str = OPEN_ZH) -> None:
    await chat.say("amy", opening)
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")


def buttons(reply_buttons: object) -> list[list[str]]:
    return [[button.label for button in row] for row in reply_buttons]  # type: ignore[attr-defined]


async def test_a_sold_out_join_offers_the_waiting_list_and_changes_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await sold_out(chat)

    refused = await chat.say("dan", "+2")

    assert chat.said(refused) == (
        "Dan：抱歉，芒果 已经卖完了。想候补请发“候补 2”：空出的数量按排队顺序，补给数量放得下的人。"
    )
    assert chat.cards(refused) == []
    assert factory.state.group_buys[1].sold == 3 and factory.state.waiting.get(1, {}) == {}


async def test_waiting_queues_in_order_and_the_card_shows_the_queue_and_a_wait_button() -> None:
    chat = fake_chat()
    await sold_out(chat)

    dan = await chat.say("dan", "候补")
    assert chat.said(dan) == (
        "Dan 已候补 芒果（#1）1 份，排第 1 位。空出的数量按排队顺序，补给数量放得下的人"
        "（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上），补上了会在群里通知。不等了发“取消候补”。"
    )
    assert chat.cards(dan) == [(1, False)]
    assert chat.said(await chat.say("eve", "候补 2")) == (
        "Eve 已候补 芒果（#1）2 份，排第 2 位。空出的数量按排队顺序，补给数量放得下的人"
        "（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上），补上了会在群里通知。不等了发“取消候补”。"
    )
    assert chat.said(await chat.say("eve", "候补两份")) == (  # the same wait again: nothing changed
        "Eve 已经在候补 芒果（#1）：候补 2 份，排第 2 位，空出来会按顺序补给你，不用再发。没有任何改动。"
    )
    assert chat.said(await chat.say("eve", "候补 1")) == "Eve 改为候补 1 份 芒果（#1），仍排第 2 位。"

    card = await chat.app.render_card(1)
    assert card.text == (
        "🛒 芒果（#1）\n"
        "团长：Amy\n"
        "单价：¥30/份\n"
        "已订 3\n"  # no target (1): the count, no bar, nothing reached
        "已售罄 · 候补 2 人 · 每人限购 2 份\n"
        "截止：11月24日 周二 12:00\n"
        "\n"
        "1. Bob ×2\n"
        "2. Cat ×1"
    )
    assert buttons(card.buttons) == [["候补", "退出"], ["查看进度"]]
    assert card.buttons[0][0].data == CardButton(CardAction.WAIT, 1).pack()


async def test_a_leave_moves_the_first_waiting_member_who_fits_in_and_the_group_is_told() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await sold_out(chat)
    await chat.say("dan", "候补 2")
    await chat.say("eve", "候补")

    left = await chat.say("cat", "退出")  # 1 free: Dan's 2 do not fit, Eve's 1 does

    assert [reply.text for reply in left if reply.text] == [
        "Cat 退出了 芒果（#1）。",
        "🎉 候补补上了 芒果（#1）：Eve ×1。",
    ]
    moved = next(reply for reply in left if reply.mention)
    assert (moved.mention, moved.chat_id) == (("eve",), "family")
    assert chat.cards(left) == [(1, False)]
    card = await chat.card(1)
    assert card.endswith("1. Bob ×2\n2. Eve ×1") and "已售罄 · 候补 1 人" in card

    bob = await chat.say("bob", "-2")  # 2 free: Dan, still first, moves in
    assert [reply.text for reply in bob if reply.text] == [
        "Bob 退出了 芒果（#1）。",
        "🎉 候补补上了 芒果（#1）：Dan ×2。",
    ]
    assert {key[0]: line.quantity for key, line in factory.state.lines[1].items()} == {"eve": 1, "dan": 2}
    assert factory.state.group_buys[1].sold == 3 and factory.state.waiting[1] == {}
    assert "\n已售罄 · 每人限购 2 份\n" in await chat.card(1)  # nobody waits any more


async def test_the_wait_button_queues_the_tapper_and_answers_with_a_toast() -> None:
    chat = fake_chat()
    await sold_out(chat)
    await chat.say("dan", "候补 2")

    tapped = await chat.tap("eve", CardButton(CardAction.WAIT, 1).pack())

    assert chat.toast(tapped) == "已候补 1 份，排第 2 位"
    assert chat.cards(tapped) == [(1, False)]
    assert (
        chat.toast(await chat.tap("dan", CardButton(CardAction.WAIT, 1).pack())) == "已候补 2 份，排第 1 位"
    )


async def test_leaving_the_waiting_list_and_lowering_ones_line_both_withdraw_the_entry() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await sold_out(chat)
    await chat.say("dan", "候补")
    await chat.say("bob", "候补 1")  # Bob has 2 of his 2: over his limit
    await chat.say("cat", "候补 1")

    unwaited = await chat.say("dan", "取消候补")
    assert chat.said(unwaited) == "Dan 已取消候补 芒果（#1）。"
    assert chat.cards(unwaited) == [(1, False)]
    assert chat.said(await chat.say("dan", "取消候补")) == "你没有候补 芒果（#1），没有任何改动。"

    lowered = await chat.say("cat", "-1")  # Cat asked for fewer, not more: off the list too
    assert chat.said(lowered) == "Cat 退出了 芒果（#1）。候补也已取消。"
    assert factory.state.waiting[1] == {}


async def test_every_waiting_mistake_gets_one_message_and_changes_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 苹果 价格 10")  # no stock: nothing runs out
    assert chat.said(await chat.say("bob", "候补")) == (
        "苹果（#1）不限库存，不用候补：直接发 +1 跟团。没有任何改动。"
    )
    await chat.say("amy", "接龙 芒果 价格 30 库存 3 限购 2")
    await chat.say("bob", "+1 #2")
    assert chat.said(await chat.say("cat", "候补 2 #2")) == (
        "芒果（#2）还剩 2 份，不用候补：直接发 +2 #2 跟团。没有任何改动。"
    )
    await chat.say("cat", "+2 #2")
    assert chat.said(await chat.say("bob", "候补 2 #2")) == (
        "芒果 每人限购 2 份，你已有 1 份，最多还能候补 1 份：请发“候补 #2 1”。没有任何改动。"
    )
    assert chat.said(await chat.say("dan", "/waitlist x")) == (
        "芒果 (#2) has no options, so “x” is not one: just say how many you want, e.g. /waitlist 1. "
        "Nothing was changed."
    )
    # no English after the word: the chat's language
    assert chat.said(await chat.say("dan", "/unwait #2")) == "你没有候补 芒果（#2），没有任何改动。"
    assert await chat.say("dan", "候补什么意思") == []  # talk about it is chatter
    assert await chat.say("dan", "候补名单呢") == [] and await chat.say("dan", "取消候补吧") == []
    assert factory.state.waiting.get(2, {}) == {} and factory.state.group_buys[2].sold == 3


async def test_a_bare_wait_goes_to_the_one_open_group_buy_that_is_full() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 10 库存 5")
    await chat.say("amy", "接龙 芒果 价格 30 库存 3")
    await chat.say("bob", "+3 #2")  # #2 sold out; #1 has room
    assert chat.said(await chat.say("dan", "候补")).startswith("Dan 已候补 芒果（#2）1 份，排第 1 位。")
    assert chat.said(await chat.say("dan", "取消候补")) == "Dan 已取消候补 芒果（#2）。"


async def test_in_english_the_waiting_list_reads_in_english() -> None:
    chat = fake_chat()
    await sold_out(chat, "/groupbuy Mangoes price 30 stock 3")
    await chat.say("amy", "/lang en")

    assert chat.said(await chat.say("dan", "+2")) == (
        "Dan: Sorry, Mangoes is sold out. To wait for it, send /waitlist 2: "
        "whatever comes free goes to the first in line whose quantity fits."
    )
    assert chat.said(await chat.say("dan", "/waitlist 2")) == (
        "Dan is on the waiting list of Mangoes (#1) for 2: number 1 in line. Whatever comes free goes to "
        "the first in line whose quantity fits (too few for yours: you keep your place, and someone behind "
        "you who wants fewer may move in first); whoever moves in is told here. To stop waiting: /unwait"
    )
    await chat.say("eve", "/waitlist")
    card = await chat.app.render_card(1)
    assert "Sold out · 2 waiting" in card.text
    assert buttons(card.buttons) == [["Waiting list", "Leave"], ["Progress"]]
    left = await chat.say("bob", "/leave")
    assert [reply.text for reply in left if reply.text][1] == (
        "🎉 In from the waiting list of Mangoes (#1): Dan ×2."
    )
    assert chat.said(await chat.say("eve", "/unwait")) == "Eve left the waiting list of Mangoes (#1)."


async def test_the_close_names_the_members_still_waiting_in_its_message_and_empties_the_list() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await sold_out(chat)
    await chat.say("dan", "候补 2")
    await chat.say("eve", "候补")

    closed = await chat.say("amy", "截单")

    assert chat.said(closed).endswith(
        "每位买家的订单已私信发送；收不到私信的会在群里收到提示。\n候补未补上：Dan ×2、Eve ×1。"
    )
    private = chat.private(closed)  # the buyers' orders, and each member left waiting told once
    assert private.pop("amy").startswith("已截单：")  # and the organiser's summary
    assert set(private) == {"bob", "cat", "dan", "eve"}
    assert (private["dan"], private["eve"]) == (
        "芒果（#1）已截单，你候补的 2 份这次没有补上。",
        "芒果（#1）已截单，你候补的 1 份这次没有补上。",
    )
    assert factory.state.waiting.get(1, {}) == {}
    assert chat.said(await chat.say("dan", "候补")) == (
        "团购 #1（芒果）已经截单了，没有任何改动。想要的话请 @团长 Amy 再开一团。"
    )


async def test_a_group_buy_called_off_or_ending_at_its_deadline_names_them_too() -> None:
    chat = fake_chat()
    await sold_out(chat)
    await chat.say("dan", "候补")
    cancelled = await chat.say("amy", "取消 #1 确认")
    assert chat.said(cancelled).endswith("\n候补的不再排队：Dan ×1。")  # called off: their waits end

    clock_chat = fake_chat()
    await sold_out(clock_chat)
    await clock_chat.say("eve", "候补")
    clock = clock_chat.app.clock
    clock.advance(days=2)  # type: ignore[attr-defined]
    expired = await clock_chat.app.expire(1)
    group_texts = [reply.text for reply in expired if reply.text and not reply.private_to]
    assert len(group_texts) == 1 and group_texts[0].endswith("\n候补未补上：Eve ×1。")


async def test_a_friends_sold_out_line_is_offered_a_wait_on_ones_own_line() -> None:
    chat = fake_chat()
    await sold_out(chat)
    assert chat.said(await chat.say("dan", "+1 帮 小王")) == (
        "Dan：抱歉，芒果 已经卖完了。候补只记在你自己名下，不能替 小王 候补："
        "想自己候补请发“候补 1”，空出的数量按排队顺序，补给数量放得下的人。"
    )


async def test_a_long_waiting_list_is_named_up_to_twenty_then_counted() -> None:
    chat = fake_chat()
    await sold_out(chat)
    for n in range(22):
        await chat.say(f"m{n:02}", "候补")

    closed = await chat.say("amy", "截单")

    named = "、".join(f"M{n:02} ×1" for n in range(20))
    assert chat.said(closed).endswith(f"\n候补未补上：{named} 等另外 2 人。")


async def test_raising_the_stock_or_removing_a_line_moves_waiting_members_in() -> None:
    chat = fake_chat()
    await sold_out(chat)
    await chat.say("dan", "候补 1")
    await chat.say("eve", "候补 2")

    raised = await chat.say("amy", "修改 库存 4")
    removed = await chat.say("amy", "踢出 @Bob")

    assert any("候补补上了" in (reply.text or "") and "Dan ×1" in reply.text for reply in raised)
    assert any("候补补上了" in (reply.text or "") and "Eve ×2" in reply.text for reply in removed)
    card = await chat.card(1)
    assert "Dan ×1" in card and "Eve ×2" in card and "Bob" not in card
