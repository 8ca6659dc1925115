"""`/payment WeChat transfer to Amy` after the close answered "Every buyer's order will say so.": the
orders had gone out at the close without it, and nobody was told. Set after the close, the note is now
told privately to each buyer still owing (in their language), and the answer says so, or that nobody
owes any more; before the close the answer is unchanged (the orders made at the close say it)."""

from __future__ import annotations

from tests.unit.handlers.conftest import closed_all_paid, closed_with_two_owing, fake_chat


async def test_a_payment_note_set_after_the_close_is_told_to_who_owes() -> None:
    room = await closed_with_two_owing()

    answer = await room.say("amy", "/payment WeChat transfer to Amy")

    assert room.said(answer) == (
        "How to pay for Mangoes (#1): WeChat transfer to Amy. The orders already went out, so I told "
        "the 2 buyers who have not paid yet, privately."
    )
    assert room.private(answer) == {
        "bob": "Amy 告诉你订单 #1-1（Mangoes，¥88）的付款方式：WeChat transfer to Amy",
        "cat": "Amy says how to pay for your order #1-2 (Mangoes, ¥88): WeChat transfer to Amy",
    }
    assert "Every buyer's order will say so" not in room.said(answer)


async def test_a_payment_note_after_everyone_paid_tells_nobody() -> None:
    room = await closed_all_paid()

    answer = await room.say("amy", "收款方式 微信转账给 Amy")

    assert room.said(answer) == (
        "好的，芒果（#1）的付款方式：微信转账给 Amy。订单已经发出，也没有还要付款的买家，所以没有通知任何人。"
    )
    assert room.private(answer) == {}


async def test_a_payment_note_before_the_close_is_in_every_order() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 88")
    answer = await room.say("amy", "/payment WeChat transfer to Amy")
    assert room.said(answer) == (
        "How to pay for Mangoes (#1): WeChat transfer to Amy. Every buyer's order will say so."
    )
    await room.say("bob", "+1")
    closed = room.private(await room.say("amy", "/close"))
    assert closed["bob"].endswith("How to pay: WeChat transfer to Amy")
