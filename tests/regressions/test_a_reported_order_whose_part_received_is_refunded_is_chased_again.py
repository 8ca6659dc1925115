"""Review 100 #1: Bob reported paying all ¥30 of order #1-1, Amy recorded only ¥10 received
(`/paid 1-1 ¥10 only`: his report kept to confirm), then gave that ¥10 back (`/refund 1-1`). His old report
still stood: 💸 on the card, "reported paid, to confirm" on her list, `/remind` skipping him, and one Mark
paid would have recorded ¥30 that never came. Giving back the money received now clears that report: the
order is plainly unpaid, owing ¥30, reminded like any other."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _given_back() -> Chat:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (("amy", "/groupbuy Lychees price 10"), ("bob", "+3"), ("amy", "/close")):
        await room.say(who, typed)
    await room.say("bob", "/ipaid 1-1")
    await room.say("amy", "/paid 1-1 ¥10 only")
    assert "1. Bob ×3 💸" in await room.card()  # his report stands beside the ¥10 received (s36 #4)
    replies = await room.say("amy", "/refund 1-1", private=True)
    assert room.private(replies)["bob"] == (
        "Amy is giving you back ¥10 (order #1-1 Lychees, of the ¥10 received). The order is not paid in"
        " full: ¥0 received now, ¥30 still owed."
    )
    return room


async def test_the_card_and_the_list_say_unpaid_not_reported() -> None:
    room = await _given_back()

    card = await room.card()
    listed = room.said(await room.say("amy", "/list #1", private=True))

    assert "1. Bob ×3\n" in card + "\n" and "💸" not in card
    assert "order #1-1 ¥30 · ⏳ unpaid" in listed
    assert "0 reported paid · 1 unpaid" in listed


async def test_remind_chases_him_for_the_whole() -> None:
    room = await _given_back()

    replies = await room.say("amy", "/remind")

    assert room.private(replies)["bob"].startswith(
        "💸 Reminder: your order #1-1 of Lychees (#1) is not paid yet: ¥30."
    )


async def test_his_orders_say_what_he_owes() -> None:
    room = await _given_back()

    mine = room.said(await room.say("bob", "/mine", private=True))

    assert (
        "#1-1 Lychees (group buy #1 by Amy): 3 × ¥10 = ¥30 · to pay (the ¥10 received was refunded)" in mine
    )
