"""rep84 #9: after `+1 large #2` was told Jam is sold out (`To wait for large, send /wait #2 large 1`), a
bare `候补 1` in the group waited for Jam large, while the same steps in a private chat by a share code
(`+1 large 2-USN7`, then `候补 1`) asked which option. Both now wait for the option the offer named and say
it; an offer naming no option (`+1 2-USN7`) is asked which, in both."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def _jam_sold_out() -> tuple[Chat, str]:
    room = fake_chat(default_language="en")
    await room.say("ann", "/groupbuy Tea options large:50:1,small:30:1 ends 3d", name="Ann")
    await room.say("ann", "/groupbuy Jam options large:50:1,small:30:1 ends 3d", name="Ann")
    shared = room.shared(await room.say("eve", "/share #2", name="Eve"))
    found = re.search(r"\d+-\w{4}", shared)
    assert found is not None, shared
    for number in (1, 2):
        for option in ("large", "small"):
            await room.say("eve", f"+1 {option} #{number}", name="Eve")
    return room, found.group(0)


async def test_in_private_the_bare_wait_takes_the_option_offered() -> None:
    room, code = await _jam_sold_out()
    offered = room.said(await room.say("jo", f"+1 large {code}", private=True, name="Jo"))
    assert "To wait for large, send /wait #2 large 1" in offered, offered

    said = room.said(await room.say("jo", "候补 1", private=True, name="Jo"))

    assert said.startswith("Jo 已候补 Jam large（#2）1 份，排第 1 位。"), said


async def test_in_the_group_it_does_the_same() -> None:
    room, _ = await _jam_sold_out()
    await room.say("ian", "+1 large #2", name="Ian")

    said = room.said(await room.say("ian", "候补 1", name="Ian"))

    assert said.startswith("Ian 已候补 Jam large（#2）1 份，排第 1 位。"), said


async def test_an_offer_naming_no_option_is_asked_which() -> None:
    room, code = await _jam_sold_out()
    await room.say("kim", f"+1 {code}", private=True, name="Kim")

    said = room.said(await room.say("kim", "候补 1", private=True, name="Kim"))

    assert (
        said == "Jam（#2）要候补哪个规格？large ¥50 / small ¥30。例如：候补 #2 small 1，或点对应的候补按钮。"
    ), said
