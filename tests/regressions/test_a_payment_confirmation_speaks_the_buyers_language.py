"""Bob joined with `跟团` and his order #1-1 came in Chinese, but Amy's `/paid 1-1` told him "Amy
confirmed your payment…" in English, the language Amy typed in. What the organiser's `/paid` (one order
or several) and `/pickedup` tell a buyer privately now speaks the buyer's language, as his order did."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_payment_confirmation_speaks_the_buyers_language() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("bob", "/lang zh", private=True)  # session 35: his private `/lang`, not his words
    await room.say("bob", "跟团")
    await room.say("cat", "+1")
    closed = room.private(await room.say("amy", "/close"))
    assert closed["bob"].startswith("你在 Mangoes（#1）的订单 #1-1")
    assert closed["cat"].startswith("Your order #1-2 in Mangoes (#1)")
    paid = await room.say("amy", "/paid 1-1")
    assert room.said(paid) == "✅ Bob's order #1-1 is paid."
    assert room.private(paid)["bob"].startswith("Amy 已确认收到你订单 #1-1（Mangoes）的付款 ¥88，谢谢！")
    await room.say("amy", "/unpaid 1-1")  # undone, to confirm it again with Cat's
    both = room.private(await room.say("amy", "/paid 1-1 1-2"))
    assert both["bob"].startswith("Amy 已确认收到你订单 #1-1（Mangoes）的付款 ¥88")
    assert both["cat"].startswith("Amy confirmed your payment of ¥88 for order #1-2 (Mangoes).")
    collected = room.private(await room.say("amy", "/pickedup 1-1"))
    assert collected["bob"] == "Amy 已确认你的订单 #1-1（Mangoes）已提货，祝你吃得开心！"
