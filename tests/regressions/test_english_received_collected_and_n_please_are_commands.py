"""rep27 finding 12: in an English group `received @Eve` and `collected @Nina` were silent where `已收 @Eve`,
`已取 @Nina` (and `/paid @Eve`, `/collected @Nina`) work, and a buyer's `2 please` was silent where `要3斤`
joins. `received` / `collected` with only members or order numbers after them are the organiser's
`/paid` / `/collected`; `2 please`, the whole message, is `+2` where a group buy is open. Talk stays talk:
`received it, thanks`, `received 3-1?`, `2 please wait`, and `2 please` where none is open."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _silent(replies: list[Reply]) -> bool:
    return not [reply for reply in replies if reply.text]


async def _closed(room: Chat) -> None:
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 2")
    await room.say("eve", "+1")
    await room.say("nina", "+1")
    await room.say("amy", "/close")


async def test_received_and_collected_are_the_organisers_paid_and_collected() -> None:
    words, slashed = fake_chat(), fake_chat()
    await _closed(words)
    await _closed(slashed)
    got = [words.said(await words.say("amy", said)) for said in ("received @Eve", "collected @Eve")]
    assert got[0] == "✅ Eve's order #1-1 is paid.", got
    typed = ("/paid @Eve", "/collected @Eve")
    assert got == [slashed.said(await slashed.say("amy", slash)) for slash in typed]
    assert "Eve" in got[1], got
    assert "Eve" in words.said(await words.say("amy", "/list"))
    for talk in ("received it, thanks", "received 1-1?", "collected 3 boxes", "received @Eve?"):
        assert _silent(await words.say("amy", talk)), talk


async def test_n_please_joins_where_a_group_buy_is_open() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    assert _silent(await room.say("kim", "2 please"))  # none open: talk
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    assert room.said(await room.say("kim", "2 please")).startswith("Kim is in: 2 × Lychees (#1).")
    for talk in ("2 please wait", "hi, 2 please for the durian", "please 2"):
        assert _silent(await room.say("lee", talk)), talk
    assert "Lee" not in room.said(await room.say("amy", "/list"))
