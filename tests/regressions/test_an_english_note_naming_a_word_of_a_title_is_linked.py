"""`/note The avocado from last time was perfectly ripe` with "Avocado Hass 6pcs" open was linked to
nothing (no 🛒 line, no Join, no share code), nor `best durian I have had` with "Durian Musang King" open:
only Chinese names were matched. An English note is now linked when one of its words (plurals folded)
is a word of exactly one open group buy's title, as Ask matches English product words; words like
"the", "best", "pcs" or numbers link nothing."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

CHAT = "work"


async def card_of_note(api: PlaygroundApi, note_id: int) -> dict[str, object]:
    [card] = [m for m in await api.messages(CHAT) if m["card_of"] == -note_id]
    return card


async def test_an_english_note_is_linked_by_a_word_of_the_title(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "Amy", "/groupbuy Avocado Hass 6pcs price 45")
        await api.say(CHAT, "Bob", "/note The avocado from last time was perfectly ripe")
        card = await card_of_note(api, 1)
        lines = str(card["text"]).splitlines()
        assert lines[2] == "🛒 Avocado Hass 6pcs (#1) ¥45 each", lines
        assert lines[3].startswith("Want it? Tap Join, or send +1 "), lines
        labels = [b["label"] for row in card["buttons"] for b in row]  # type: ignore[attr-defined]
        assert "Join" in " ".join(labels), labels

        await api.say(CHAT, "Amy", "/groupbuy Durian Musang King price 120")
        await api.say(CHAT, "Cat", "/note best durians I have had")
        assert "🛒 Durian Musang King (#2) ¥120 each" in str((await card_of_note(api, 2))["text"])

        await api.say(CHAT, "Dan", "/note the best thing this week, 6 pcs gone in a day")
        assert "🛒" not in str((await card_of_note(api, 3))["text"])  # no product word: linked to none
