"""What the organiser reads in private: the organiser's list (名单 / /list #12), /export's documents, /mine;
and what a member reads in /orders. Word for word, in both languages; every other number or person gets
the answer of a group buy that does not exist, or "only the organiser"."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


async def _plums(chat: Chat) -> None:
    """Amy's plums: Bob ×2 with a note, Cat for Wang, Dan; closed at ¥12; Bob reports paying, Dan paid
    and collected."""
    await chat.say("amy", "/groupbuy Plums price 12 target 2 pickup Gate 3")
    await chat.say("bob", "+2 flat 502")
    await chat.say("cat", "+1 for Wang")
    await chat.say("dan", "+1")
    await chat.say("amy", "/close")
    await chat.say("bob", "/ipaid")
    await chat.say("amy", "/paid 3")
    await chat.say("amy", "/pickedup 3")


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


async def test_the_organisers_list_in_private_says_who_paid_and_what_is_outstanding() -> None:
    chat = fake_chat()
    await _plums(chat)

    assert _texts(await chat.say("amy", "/list #1", private=True)) == [
        "📋 Plums (#1), the organiser's list · closed, target reached · ¥12 each\n"
        "1. Bob ×2 · ¥24 · note: flat 502 · order #1-1 ¥24 · 💸 reported paid, to confirm\n"
        "2. Cat for Wang ×1 · ¥12 · order #1-2 ¥12 · ⏳ unpaid\n"
        "3. Dan ×1 · ¥12 · order #1-3 ¥12 · ✅📦 paid, picked up\n"
        "\n"
        "Total: 4 units, ¥48\n"
        "💰 Collected ¥12 · outstanding ¥36 (reported paid, to confirm: ¥24)\n"
        "Orders: 1 paid (1 picked up) · 1 reported paid · 1 unpaid\n"
        "As a spreadsheet: /export #1 · all your group buys: /mine"
    ]


async def test_before_the_close_the_list_has_no_orders_and_counts_at_the_current_price() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 阶梯 3:78")
    await chat.say("bob", "+2 3号楼502")
    await chat.say("bob", "+1 帮 小王")

    assert _texts(await chat.say("amy", "名单", private=True)) == [
        "📋 海南贵妃芒（#1）团长名单 · 进行中 · ¥78/份\n"
        "1. Bob ×2 · ¥156 · 备注：3号楼502\n"
        "2. Bob 帮 小王 ×1 · ¥78\n"
        "\n"
        "合计：3 份，¥234\n"
        "还没有订单（进行中）：金额按 ¥78/份 计。\n"
        "导出表格：导出 #1 · 我的全部团：我的团"
    ]


async def test_the_list_of_a_group_buy_nobody_joined_says_so() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Plums price 12")

    assert _texts(await chat.say("amy", "/list", private=True)) == [
        "📋 Plums (#1), the organiser's list · still open · ¥12 each\nNobody has joined yet."
    ]


async def test_nobody_else_reaches_an_organisers_list_and_the_group_keeps_the_public_one() -> None:
    chat = fake_chat()
    await _plums(chat)

    assert _texts(await chat.say("bob", "/list #1", private=True)) == [
        "You did not open group buy #1 (only its organiser can see its list). "
        "For your own orders, send /orders."
    ]
    assert _texts(await chat.say("eve", "/list", private=True)) == [
        "You have not opened a group buy yet, so there is no list of yours to show. "
        "In a group, /list shows that group's list."
    ]
    public = await chat.say("amy", "/list")
    assert [r.private_to for r in public] == [None] and "¥" not in public[0].text


async def test_export_sends_two_documents_with_the_table_privately() -> None:
    chat = fake_chat()
    await _plums(chat)

    replies = await chat.say("amy", "/export")

    note, xlsx, csv = replies
    assert (note.text, note.private_to) == (
        "Amy, the list of Plums (#1) is on its way to your private chat with me.",
        None,
    )
    assert (xlsx.private_to, xlsx.text) == ("amy", "📊 Plums (#1): the list as a spreadsheet, 3 lines")
    assert csv.text == "📄 Plums (#1): the same list as CSV (UTF-8), 3 lines"
    assert xlsx.document is not None and csv.document is not None
    assert (xlsx.document.filename, csv.document.filename) == ("tuan-1-Plums.xlsx", "tuan-1-Plums.csv")
    [sheet] = xlsx.document.sheets
    assert csv.document.sheets == (sheet,)
    assert sheet.name == "Gate 3" and sheet.currency == "CNY"
    assert [c.title for c in sheet.columns] == [
        "#", "Name", "Added by", "Quantity", "Note", "Unit price", "Amount", "Order", "Order total",
        "Payment", "Picked up",
    ]  # fmt: skip
    assert sheet.rows == (
        (1, "Bob", "", 2, "flat 502", 1200, 2400, "1-1", 2400, "reported paid", ""),
        (2, "Wang", "Cat", 1, "", 1200, 1200, "1-2", 1200, "unpaid", ""),
        (3, "Dan", "", 1, "", 1200, 1200, "1-3", 1200, "paid", "yes"),
    )
    assert sheet.totals == ("Total", None, None, 4, None, None, 4800, None, 4800, None, 1)
    assert sheet.notes == (
        "Plums (#1) · closed, target reached · ¥12 each",
        "Pickup: Gate 3",
        "💰 Collected ¥12 · outstanding ¥36 (reported paid, to confirm: ¥24)",
    )


async def test_export_is_for_the_organiser_or_an_admin() -> None:
    chat = fake_chat()
    await _plums(chat)
    chat.admins.add("eve")

    assert _texts(await chat.say("bob", "/export #1")) == [
        "Only the organiser (Amy) can do that: nothing was changed."
    ]
    assert _texts(await chat.say("bob", "/export #1", private=True)) == [
        "You did not open group buy #1 (only its organiser can export its list). "
        "For your own orders, send /orders."
    ]
    by_admin = await chat.say("eve", "/export #1")
    assert [r.private_to for r in by_admin] == [None, "eve", "eve"]
    assert _texts(await chat.say("amy", "/export #x")) == ["Write it like: /export or /export #1"]


async def test_mine_lists_the_organisers_group_buys_with_their_money() -> None:
    chat = fake_chat()
    await _plums(chat)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await chat.say("bob", "+1")

    assert _texts(await chat.say("amy", "我的团", private=True)) == [
        "你开的 2 个团（最新在前）：\n"
        "#2 海南贵妃芒 · 进行中，截止 11月24日 周二 12:00 · 1 份\n"
        "#1 Plums · 已成团 · 4 份，3 个订单 · 已收 ¥12，待收 ¥36\n"
        "谁付了款：在这里发 名单 #1 · 导出表格：导出 #1"  # closed, with orders to collect: not the open #2
    ]
    in_group = await chat.say("amy", "/mine")
    assert chat.said(in_group) == "Amy，你开的团已私信发给你。"
    assert chat.private(in_group)["amy"].startswith("你开的 2 个团（最新在前）：\n#2 ")
    bobs = _texts(await chat.say("bob", "/mine", private=True))  # a buyer: hers (session 35)
    assert bobs[-1].endswith(
        "You have not opened a group buy yet; above are the ones you joined."
        " To open one, send in a group: /groupbuy Mangoes price 88"
    ), bobs


async def test_orders_name_the_group_buy_and_its_organiser_across_chats() -> None:
    chat = fake_chat()
    await _plums(chat)
    other = Chat(chat.app, chat_id="neighbours")
    await other.say("eve", "/groupbuy Eggs price 5")
    await other.say("bob", "+1")
    await other.say("eve", "/close")

    assert _texts(await chat.say("bob", "/orders", private=True)) == [
        "Your orders:\n"
        "#2-1 Eggs (group buy #2 by Eve): 1 × ¥5 = ¥5 · to pay\n"
        "#1-1 Plums — flat 502 (group buy #1 by Amy): 2 × ¥12 = ¥24"
        " · reported paid, waiting for the organiser to confirm\n"  # Bob's /ipaid, as /list shows it
        "💰 Order #2-1 is awaiting payment: pay the organiser Eve (cash or transfer), "
        "then send /ipaid 2-1 to tell them."  # his unpaid Eggs: how to pay it (s40)
    ]
