"""rep100 #4: Dan can only take 3 of his 5 cookies after the close; Jenny's `/refund 2-1 2` on his unpaid
order was told "To charge less, change the quantity or cancel the order", but nothing changes an order's
quantity after the close. The refusal names only the ways there are: cancel it whole, or once it is paid
in full, refund the difference; nothing is changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_part_refund_of_an_unpaid_order_names_cancel_or_paid_then_refund() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (("amy", "/groupbuy Cookies price 10"), ("dan", "+5"), ("amy", "/close")):
        await room.say(who, typed)

    answer = room.said(await room.say("amy", "/refund 1-1 2", private=True))

    assert answer == (
        "Order #1-1 is not confirmed paid, so there is no money to give back: nothing was changed. To charge "
        "less: cancel the whole order (/cancelorder 1-1), or once it is paid in full (/paid 1-1), refund the "
        "difference (/refund 1-1 and the amount); an order's quantity cannot be changed after the close."
    )
    assert "change the quantity" not in answer
    assert "Dan ×5" in await room.card(1)
