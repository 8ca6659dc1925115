"""Session 15 (FA): a group buy sold per 斤 showed its quantities in 斤 on the card, replies and orders, but
still as 份 / "units" in the organiser's `/mine`, the pickup-code hand-over (`核销`: "共 5 份"), the
waiting list (候补, its "a place came free" message and the close's line and private notices), `代报 … 加了
N 份`, the which-group-buy question's "你已跟 N 份", a closed order in `/orders` (`5 × ¥15`) and a stock
refusal ("只剩 2 份"). Each now says the group buy's unit (`2斤`, "2 boxes"); a group buy without a unit
reads exactly as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_every_quantity_says_its_unit_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 库存 5")
    await chat.say("bob", "+2斤")
    await chat.say("amy", "接龙 苹果 价格 10元/斤")

    which = chat.said(await chat.say("bob", "+1"))
    short = chat.said(await chat.say("cat", "+4斤 #1"))
    waits = chat.said(await chat.say("cat", "候补 #1 4斤"))
    added = chat.said(await chat.say("amy", "代报 #1 王阿姨 1"))
    more = chat.said(await chat.say("amy", "代报 #1 王阿姨 1"))

    assert which.startswith("这个群里有 2 个团在接龙：#1 荔枝（你已跟 2斤） · #2 苹果。"), which
    assert short == "荔枝 只剩 3斤了，没有任何改动。例如：+3 #1"  # two open: the example names it
    assert waits.startswith("Cat 已候补 荔枝（#1）4斤，排第 1 位。"), waits
    assert added.startswith("Amy 代报：王阿姨 1斤 · 荔枝（#1）"), added
    assert more.startswith("Amy 代报：给 王阿姨 加了 1斤，现在是 2斤 荔枝（#1），订单由 Amy 收款。"), more

    await chat.say("amy", "截单 #1")
    await chat.say("amy", "已收 1-1")
    code = factory.state.orders[1].pickup_code
    handed = chat.said(await chat.say("amy", f"核销 {code}"))
    mine = Chat.private(await chat.say("amy", "/mine", language="en"))["amy"]

    assert handed.startswith(f"✅ 取货码 {code}：Bob 的订单 #1-1，共 2斤：\n• 荔枝 2斤"), handed
    assert "#1 荔枝 · reached its target · 4 jin, 2 orders" in mine, mine  # her app reads English: 斤 a jin


async def test_the_waiting_list_says_its_unit_when_a_place_comes_free() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 库存 5")
    await chat.say("bob", "+5斤")
    await chat.say("cat", "候补 3斤")
    await chat.say("dan", "候补 2斤")

    changed = chat.said(await chat.say("dan", "候补 1斤"))
    freed = await chat.say("bob", "-3")
    closed = await chat.say("amy", "截单")

    assert changed == "Dan 改为候补 1斤 荔枝（#1），仍排第 2 位。"
    assert "🎉 候补补上了 荔枝（#1）：Cat 3斤。" in [reply.text for reply in freed]
    assert "候补未补上：Dan 1斤。" in Chat.said(closed)
    assert Chat.private(closed)["dan"] == "荔枝（#1）已截单，你候补的 1斤这次没有补上。"


async def test_a_closed_order_and_the_organisers_list_say_its_unit() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Gift box price 12 per box stock 5")
    await chat.say("bob", "+2 boxes")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    code = factory.state.orders[1].pickup_code

    handed = chat.said(await chat.say("amy", f"/pickupcode {code}"))
    orders = chat.said(await chat.say("bob", "/orders", private=True))
    mine = chat.said(await chat.say("amy", "/mine", private=True))

    assert handed.startswith(f"✅ Code {code}: order #1-1 of Bob, 2 boxes:\n• 2 boxes of Gift box"), handed
    assert "#1-1 Gift box (group buy #1 by Amy): 2 boxes × ¥12 = ¥24 · picked up" in orders, orders
    assert "#1 Gift box · reached its target · 4 boxes, 2 orders" in mine, mine


async def test_in_english_the_waiting_list_and_an_added_guest_say_its_unit() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg stock 4")
    await chat.say("bob", "+3 kg")

    short = chat.said(await chat.say("cat", "+2 kg"))
    waits = chat.said(await chat.say("cat", "/waitlist 2"))
    added = chat.said(await chat.say("amy", "/add Bob 1"))

    assert short == "Only 1 kg left of Lychees: nothing was changed. Example: +1"
    assert waits.startswith("Cat is on the waiting list of Lychees (#1) for 2 kg: number 1 in line."), waits
    assert added.startswith("Amy added 1 kg to Bob's line: Bob now has 4 kg of Lychees (#1)."), added


async def test_a_group_buy_without_a_unit_reads_as_before() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88 库存 3")
    await chat.say("bob", "+2")

    short = chat.said(await chat.say("cat", "+2"))
    added = chat.said(await chat.say("amy", "代报 Bob 1"))
    waits = chat.said(await chat.say("cat", "候补 2"))
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    code = factory.state.orders[1].pickup_code
    handed = chat.said(await chat.say("amy", f"核销 {code}"))

    assert short == "芒果 只剩 1 份了，没有任何改动。例如：+1"
    assert added.startswith("Amy 帮 Bob 加了 1 份：Bob 现在是 3 × 芒果（#1）。"), added
    assert waits.startswith("Cat 已候补 芒果（#1）2 份，排第 1 位。"), waits
    assert handed.startswith(f"✅ 取货码 {code}：Bob 的订单 #1-1，共 3 份：\n• 芒果 × 3"), handed
