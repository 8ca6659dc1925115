"""`@tuan_bot anyone tried the durian?` after Durian Musang King closed was answered "…ran here and has
closed: Gina, Bob bought it" while Bob never paid, and Gina's ✅ note on it ("Creamy and sweet, worth
every yuan", linked to the group buy, the word durian only in its title) was left out while an
unverified note was quoted. A note linked to the group buy counts as about its product. Since rep46 #14
the answer never tells who has or has not paid: it names who ordered it, as the card listed them, and
tells the asker to ask the organiser for another round (never her /copy command)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api

CHAT = "work"


async def test_only_paying_buyers_bought_it_and_a_linked_verified_note_is_quoted(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "Amy", "/groupbuy Durian Musang King price 120")
        await api.say(CHAT, "Gina", "+1")
        await api.say(CHAT, "Bob", "+1")
        await api.say(CHAT, "Gina", "/note #1 Creamy and sweet, worth every yuan")
        await api.say(CHAT, "Amy", "/close")
        await api.say(CHAT, "Amy", "/paid 1-1")  # Gina's; Bob's stays unpaid
        await api.say(CHAT, "Hal", "/note The durian smell is amazing!!! Everyone must try it")

        [answer] = (await api.say(CHAT, "Cat", "/ask anyone tried the durian?"))["replies"]

        text = answer["text"]
        assert text.startswith(
            "Durian Musang King (#1) ran here and has closed: Gina, Bob ordered it. "
            "To buy again, ask the organiser, Amy, to open another round."
        ), text
        assert "paid" not in text.split("\n")[0]
        assert "#1 ✅ Gina" in text or "✅ Gina" in text, text


async def test_nobody_paid_is_not_said(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "Amy", "/groupbuy Durian Musang King price 120")
        await api.say(CHAT, "Bob", "+1")
        await api.say(CHAT, "Amy", "/close")

        [answer] = (await api.say(CHAT, "Cat", "/ask anyone tried the durian?"))["replies"]

        assert answer["text"].startswith(
            "Durian Musang King (#1) ran here and has closed: Bob ordered it. "
            "To buy again, ask the organiser, Amy, to open another round."
        ), answer["text"]
