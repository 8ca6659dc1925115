"""fe-report 26: in Zoe's help-selling group, `/list #1` ended `📦 Not picked up yet (1): Wu` for an order
not even paid (Bob had paid in Amy's group). Who has yet to pick up is who paid and has not: an unpaid
line shows no ✅ and is not listed there; with nobody of the chat paid, the line is left out."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import fake_chat


async def test_an_unpaid_help_sold_order_is_not_listed_as_not_picked_up() -> None:
    family, neighbours = await help_sold(
        "/groupbuy Lychees price 20",
        chat_id="neighbours",
        title="neighbours",
        rate="/helpsell on 10%",
        seller="zoe",
        listing="/helpsell #1",
        before_listing=[("amy", "/lang en")],
    )
    await neighbours.say("zoe", "/lang en")
    await neighbours.say("wu", "+1 #1")
    await family.say("bob", "+1")
    await family.say("amy", "/close")
    await family.say("amy", "/paid @Bob")

    assert neighbours.said(await neighbours.say("zoe", "/list #1")) == (
        "📋 The list of Lychees (#1), 1 line:\n1. Wu ×1"
    )
    await family.say("amy", "/paid 1-1")  # Wu's, made in neighbours (told Amy privately)
    assert neighbours.said(await neighbours.say("zoe", "/list #1")) == (
        "📋 The list of Lychees (#1), 1 line:\n1. Wu ×1 ✅\n📦 Not picked up yet (1): Wu"
    )


async def test_a_chinese_list_names_only_the_paid_as_not_picked_up() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("bob", "+1")
    await room.say("cat", "+2")
    await room.say("amy", "截单")
    await room.say("amy", "已收 @Bob")

    assert room.said(await room.say("cat", "名单")) == (
        "📋 荔枝（#1）接龙名单，共 2 条：\n1. Bob ×1 ✅\n2. Cat ×2\n📦 未取货（1）：Bob"
    )
    await room.say("amy", "已取 @Bob")
    listed = room.said(await room.say("cat", "名单"))
    assert listed.endswith("2. Cat ×2")  # Bob picked up, Cat owes: not "全部已取货"
