"""代报, /remove and a guest's paid order through the playground's JSON API (the real ChatApp on SQLite):
a member named in /add is added to his own line, a guest of several words is removed on a group buy
with options, and the guest's paid message reaches the organiser's private chat written about the guest."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.playground_api import playground_api


def said(answer: dict[str, object]) -> list[tuple[str, str]]:
    replies = answer["replies"]
    assert isinstance(replies, list)
    return [(reply["chat"], reply["text"]) for reply in replies if reply["card_of"] is None]


async def test_add_remove_and_a_guests_paid_order_in_the_playground(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "/groupbuy Shirts options black:30,white:30 target 3 ends today 20:00")
        await api.say("family", "bob", "+1 black")

        member = said(await api.say("family", "amy", "/add Bob 1 black"))
        await api.say("family", "amy", "/add #1 Aunt Wang 1 white")
        removed = said(await api.say("family", "amy", "/remove #1 Aunt Wang"))
        await api.say("family", "amy", "/add #1 Aunt Li 1 white")
        await api.say("family", "amy", "/close")
        paid = said(await api.say("family", "amy", "/paid 1-2"))

        assert member == [
            ("family", "Amy added 1 to Bob's line: Bob now has 2 × Shirts black (#1). Black: now ¥30 each.")
        ]
        assert removed[0][1].startswith("Amy removed Aunt Wang (×1) from Shirts (#1).")
        assert "1. Bob black ×2" in (await api.card("family", 1))["text"]
        assert paid[0] == ("family", "✅ Aunt Li's order #1-2 is paid.")
        assert paid[1][0] == "amy"
        assert re.fullmatch(
            r"Aunt Li's pickup code: \d{4}: pass it on to Aunt Li \(it is shown when collecting\)\.",
            paid[1][1],
        ), paid[1][1]
