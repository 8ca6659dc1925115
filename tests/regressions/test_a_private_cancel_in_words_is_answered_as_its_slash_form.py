"""rep48 #11: a buyer's private `cancel` (no slash) after the close got "I didn't understand that", while
`取消` and `/cancel` said only the organiser can cancel the order now. `cancel` alone in private is now
answered as `/cancel`. In a group the word alone was talk; since rep96 #9 it is a buyer's leave, so after
the close it gets the answer a bare `-1` gets (this test pinned the old rule there)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

CLOSED_EN = (
    "Mangoes (#1) has closed, so only its organiser Amy can cancel order #1-1 now; nothing was changed. "
    "To cancel it, ask Amy."
)


async def test_a_private_cancel_in_words_is_answered_as_its_slash_form() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 90")
    await chat.say("wang", "+1")
    await chat.say("amy", "/close")

    for typed in ("cancel", "Cancel.", "/cancel"):
        said = chat.said(await chat.say("wang", typed, private=True))
        assert said == CLOSED_EN, (typed, said)
    said = chat.said(await chat.say("wang", "取消", private=True))
    assert said.startswith("Mangoes（#1）已经截单了，现在只有团长 Amy 能取消订单 #1-1")
    in_group = chat.said(await chat.say("wang", "cancel"))  # in the group: as her bare `-1`
    assert in_group == chat.said(await chat.say("wang", "-1"))
    assert in_group.startswith("Group buy #1 (Mangoes) has closed: nothing was changed."), in_group
