"""`/search avocado` showed "…he hass avocados are so creamy, boug…" for Cat's 56-character note "The hass
avocados are so creamy, bought them last month", and Ask quoted it the same way: a note that short is
shown whole, and a long one is cut between words (English), with … where it is cut."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api

SHORT = "The hass avocados are so creamy, bought them last month"
LONG = (
    "Ordered twice now and I have to say the hass avocados are so creamy that the kids ate all of them "
    "within two days, will buy again"
)


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_short_note_is_shown_whole_and_a_long_one_cut_between_words(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("market", "cat", f"/note {SHORT}")
        await api.say("market", "kai", f"/note {LONG}")

        [found] = said(await api.say("market", "lee", "/search avocado"), "market")
        assert found.splitlines()[1:3] == [
            f"#1 Cat: {SHORT}",
            "#2 Kai: …to say the hass avocados are so creamy that the kids ate all of them…",
        ]
        [answer] = said(await api.say("market", "lee", "/ask are the avocados creamy?"), "market")
        assert f"Note #1 Cat: “{SHORT}”" in answer
        cut = "…to say the hass avocados are so creamy that the kids ate all of them…"
        assert f"Note #2 Kai: “{cut}”" in answer
