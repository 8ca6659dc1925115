"""The loop rule through the chat, end to end: Bob's code brought Cat to the mangoes; when Cat's code then
brings Bob to the plums, Cat earns nothing on Bob (a loop, not a new customer), while her code still
earns on a new friend. Multi-level commission cannot happen: nobody earns on what their recruits sell."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"团\d+-\w{4}")


async def code_of(room: Chat, member: str, group_buy: int) -> str:
    found = CODE.search(room.shared(await room.say(member, f"分享 #{group_buy}")))
    assert found is not None
    return found.group(0)


async def test_a_link_that_brings_back_who_brought_you_earns_nothing() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 100 ends 2h")
    await room.say("amy", "/commission #1 10%")
    await room.say("bob", "+1 #1")
    await room.say("cat", f"+1 {await code_of(room, 'bob', 1)}")  # Bob brings Cat
    await room.say("amy", "/close #1")
    await room.say("amy", "/paid 1-2")  # Cat pays: Bob earns ¥10

    await room.say("amy", "/groupbuy Plums price 50 ends 2h")
    await room.say("amy", "/commission #2 10%")
    await room.say("cat", "+1 #2")
    cats = await code_of(room, "cat", 2)
    await room.say("bob", f"+1 {cats}")  # Cat's code brings back Bob, who brought her: a loop
    await room.say("dan", f"+1 {cats}")  # and a new friend
    await room.say("amy", "/close #2")
    await room.say("amy", "/paid 2-2")
    await room.say("amy", "/paid 2-3")

    assert room.said(await room.say("bob", "/earnings", private=True, language="en")) == (
        "Your earnings from sharing:\nHeld: ¥10\nYours to withdraw: ¥0\n#1-2 Mangoes (Cat): ¥10, "
        "held until Cat picks it up, or Mon 30 Nov 12:00 at the latest"
    )
    assert room.said(await room.say("cat", "/earnings", private=True, language="en")) == (
        "Your earnings from sharing:\nHeld: ¥5\nYours to withdraw: ¥0\n"
        "#2-3 Plums (Dan): ¥5, held until Dan picks it up, or Mon 30 Nov 12:00 at the latest"
    )
