"""rep68 finding 8: `/pickup #1 Gate 5 …` over Gate 3 told the buyers "changed … (was Gate 3 · …)", but the
organiser's own reply read as a first setting (`Pickup for Cookies (#1): Gate 5 …`). It now says it
replaced the old one, and (from private, the group told) that buyers were told it changed; a first
pickup reads as before (zh and en)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_private_the_organiser_reads_what_it_was_and_that_buyers_were_told() -> None:
    chat = fake_chat()
    await chat.say("kate", "/groupbuy Cookies price 18 pickup Gate 3")
    await chat.say("ann", "+1")

    said = [r.text for r in await chat.say("kate", "/pickup #1 Gate 5", private=True) if r.chat_id is None]
    zh = [r.text for r in await chat.say("kate", "自提 #1 北门", private=True) if r.chat_id is None]

    assert said == ["Pickup for Cookies (#1): Gate 5 (was Gate 3); buyers were told it changed."]
    assert zh == ["好的，Cookies（#1）的自提改为：北门（原 Gate 5），已告诉买家自提改了。"]


async def test_in_the_group_it_reads_as_a_change_and_a_first_one_as_before() -> None:
    chat = fake_chat()
    await chat.say("kate", "/groupbuy Cookies price 18")

    first = chat.said(await chat.say("kate", "/pickup Gate 3"))
    moved = chat.said(await chat.say("kate", "/pickup #1 Gate 5"))
    zh = chat.said(await chat.say("kate", "自提 #1 北门"))

    assert first == "Pickup for Cookies (#1): Gate 3"
    assert moved == "Pickup for Cookies (#1) changed: Gate 5 (was Gate 3)."
    assert zh == "好的，Cookies（#1）的自提改为：北门（原 Gate 5）。"
