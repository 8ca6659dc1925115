"""Session 9: with two group buys open, Dan left the waiting list and sent `/unwait` again: he was told
"2 group buys are open here … e.g. +1 #6, -1 #6, /status #6", as if he had to choose. A member who waits
for none of the open group buys is now told he is on no waiting list here."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_an_unwait_waiting_for_nothing_says_so(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/groupbuy Plums price 10 stock 1"),
            ("amy", "/groupbuy Pears price 10 stock 1"),
            ("bob", "+1 #1"),
            ("cat", "+1 #2"),
            ("dan", "/wait #2"),
        ]:
            await api.say("neighbours", user, text)

        left = await api.say("neighbours", "dan", "/unwait")
        again = await api.say("neighbours", "dan", "/unwait")

        assert [r["text"] for r in left["replies"] if r["card_of"] is None] == [
            "Dan left the waiting list of Pears (#2)."
        ]
        assert [r["text"] for r in again["replies"]] == [
            "You are not on any waiting list here: nothing was changed."
        ]
