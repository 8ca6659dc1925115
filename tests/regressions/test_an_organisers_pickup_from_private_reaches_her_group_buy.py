"""`/pickup #1 tomorrow 10:00` in the organiser's private chat answered "There is no group buy #1 in
this chat" for her own group buy (`修改 #1 自提 …` worked there): `#N` in private now reaches her own
group buys, as 修改 does, and the group hears the change as if it was made there."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


def _pickup_line(card: str) -> str:
    [line] = [line for line in card.splitlines() if line.startswith("Pickup: ")]
    return line


async def test_a_pickup_set_privately_changes_her_group_buy_and_tells_the_group() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 pickup Gate 3")

    replies = await chat.say("amy", "/pickup #1 Wed 25 Nov 10:00", private=True)

    answer = [reply.text for reply in replies if reply.text and reply.chat_id is None]
    told = [reply.text for reply in replies if reply.text and reply.chat_id == "family"]
    assert answer == [  # a change, the group told (rep68 #8)
        "Pickup for Mangoes (#1): Gate 3 · Wed 25 Nov 10:00 (was Gate 3); buyers were told it changed."
    ]
    assert told == ["🛒 Mangoes (#1)\nPickup moved to Gate 3 · Wed 25 Nov 10:00 (was Gate 3)"]
    assert _pickup_line(await chat.card()) == "Pickup: Gate 3 · Wed 25 Nov 10:00"


async def test_a_pickup_in_private_reaches_only_her_own_group_buys() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 pickup Gate 3")

    refused = chat.said(await chat.say("bob", "/pickup #1 Gate 4", private=True))
    bare = chat.said(await chat.say("amy", "/pickup Gate 4", private=True))

    assert refused == "You did not open group buy #1 (only its organiser can do that): nothing was changed."
    assert bare.startswith("In a private chat, name the group buy by its number")
    assert _pickup_line(await chat.card()) == "Pickup: Gate 3"
