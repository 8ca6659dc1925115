"""Session 15 (FE 12): "×" glued to a unit read badly: "You are on Lychees (#1) for ×1 kg", the list's
`Bob ×3 kg`, the pickup code's `• Lychees × 3 kg`, `/add`'s "2 boxes × Strawberries (#9)", the close's
"Waiting list, not in this time: Cat ×2 boxes." With a unit the amount now stands alone (`Bob 3 kg`,
`Bob 3斤`, "2 boxes of Strawberries", `• 3 kg of Lychees`); a group buy without a unit keeps `×2`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english_a_unit_stands_without_a_times_sign() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Strawberries price 12 per box stock 5")
    await chat.say("bob", "+3")
    added = chat.said(await chat.say("amy", "/add Aunt Wang 2"))
    await chat.say("cat", "/waitlist 2")
    asked = chat.said(await chat.say("bob", "how many did I buy #1", private=True))
    card = await chat.card()
    listed = chat.said(await chat.say("amy", "/list"))
    closed = Chat.said(await chat.say("amy", "/close"))
    await chat.say("amy", "/paid 1-1")
    code = factory.state.orders[1].pickup_code
    handed = chat.said(await chat.say("amy", f"/pickupcode {code}"))

    assert added.startswith("Amy added Aunt Wang (not in this chat): 2 boxes of Strawberries (#1);"), added
    assert asked == "You are on Strawberries (#1) for 3 boxes; it has not closed yet.", asked
    assert card.endswith("\n\n1. Bob 3 boxes\n2. Aunt Wang 2 boxes (added by Amy)"), card
    assert "\n1. Bob 3 boxes" in listed and "×" not in listed, listed
    assert "Waiting list, not in this time: Cat 2 boxes." in closed, closed
    assert handed.startswith(f"✅ Code {code}: order #1-1 of Bob, 3 boxes:\n• 3 boxes of Strawberries"), (
        handed
    )


async def test_in_chinese_a_unit_stands_without_a_times_sign() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 库存 5")
    await chat.say("bob", "+3斤")
    added = chat.said(await chat.say("amy", "代报 王阿姨 2"))
    removed = await chat.say("amy", "踢出 @bob")
    card = await chat.card()
    await chat.say("bob", "+3斤")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-2")
    code = next(order.pickup_code for order in factory.state.orders.values() if order.buyer_id == "bob")
    handed = chat.said(await chat.say("amy", f"核销 {code}"))

    assert added.startswith("Amy 代报：王阿姨 2斤 · 荔枝（#1），订单由 Amy 收款。"), added
    assert Chat.said(removed).startswith("Amy 把 Bob（3斤）移出了 荔枝（#1）。"), removed
    assert Chat.private(removed)["bob"].startswith("团长 Amy 把你（3斤）移出了 荔枝（#1）。"), removed
    assert card.endswith("\n\n1. 王阿姨 2斤（Amy 代报）"), card
    assert "\n• 荔枝 3斤" in handed, handed


async def test_without_a_unit_the_times_sign_stays() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 20 stock 5")
    await chat.say("bob", "+2")
    await chat.say("amy", "/add Aunt Wang 3")
    await chat.say("cat", "/waitlist 1")

    card = await chat.card()
    closed = Chat.said(await chat.say("amy", "/close"))

    assert card.endswith("\n\n1. Bob ×2\n2. Aunt Wang ×3 (added by Amy)"), card
    assert "Waiting list, not in this time: Cat ×1." in closed, closed
