"""代报 made buyers of typos and doubles of members: `/add #1 3` added a buyer called "3", `代报 张姐 -1` a
buyer "张姐 -1", and `/add Bob 1` with Bob in the chat a second "Bob" line (`/remove Bob` then quietly
took one). A number for a name is refused with the add form, a signed number with the remove form, and
a member's name adds to that member's own line."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


def list_of(card: str) -> list[str]:
    return card.split("\n\n", 1)[1].splitlines()


async def test_typos_are_refused_and_a_member_is_added_to_once() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Eggs price 10 target 9 ends today 20:00")
    await chat.say("bob", "+1")

    number = Chat.said(await chat.say("amy", "/add #1 3"))
    minus = Chat.said(await chat.say("amy", "代报 张姐 -1"))
    member = Chat.said(await chat.say("amy", "/add Bob 1"))

    assert number.startswith("“3” is not a name: nothing was changed.")
    assert "/add Aunt Wang 2" in number
    assert minus.startswith("代报只能加，没有任何改动。要把 张姐 移出名单：踢出 张姐")
    assert member == "Amy added 1 to Bob's line: Bob now has 2 × Eggs (#1). Now ¥10 each."
    assert list_of(await chat.card(1)) == ["1. Bob ×2"]
