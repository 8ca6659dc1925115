"""`/edit #1 payment WeChat transfer to Amy` after the close answered only "Updated Mangoes (#1): payment
WeChat transfer to Amy.": the orders had gone out without it and nobody was told, while `/payment …`
then tells each buyer who still owes. The edit now does the same (the same function: in each buyer's
language, not one who paid), and its answer says so, or that nobody owes any more."""

from __future__ import annotations

from tests.unit.handlers.conftest import closed_all_paid, closed_with_two_owing, fake_chat


async def test_a_payment_edited_after_the_close_is_told_to_who_owes() -> None:
    room = await closed_with_two_owing()

    answer = await room.say("amy", "/edit #1 payment WeChat transfer to Amy")

    assert room.said(answer) == (
        "Updated Mangoes (#1): payment WeChat transfer to Amy. The orders already went out, so I told "
        "the 2 buyers who have not paid yet how to pay, privately."
    )
    assert room.private(answer) == {
        "bob": "Amy 告诉你订单 #1-1（Mangoes，¥88）的付款方式：WeChat transfer to Amy",
        "cat": "Amy says how to pay for your order #1-2 (Mangoes, ¥88): WeChat transfer to Amy",
    }


async def test_a_payment_edited_in_chinese_from_private_after_everyone_paid_tells_nobody() -> None:
    room = await closed_all_paid()

    answer = await room.say("amy", "修改 #1 收款方式 微信转账给 Amy", private=True)

    assert room.said(answer) == (
        "已修改 芒果（#1）：收款方式 微信转账给 Amy。订单已经发出，也没有还要付款的买家，所以没有通知任何人。"
    )
    assert room.private(answer) == {}


async def test_a_payment_edited_before_the_close_tells_nobody_yet() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("bob", "+1")

    answer = await room.say("amy", "/edit #1 payment WeChat transfer to Amy")

    assert room.said(answer) == "Updated Mangoes (#1): payment WeChat transfer to Amy."
    assert room.private(answer) == {}
