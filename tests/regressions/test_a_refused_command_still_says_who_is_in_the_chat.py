"""Amy typed `进度` in her other group (nothing open there: refused) and then `/copy #1 to` that group:
"I know no chat you are in". A refused command rolled back the record that she is in that chat. Now a
refused command still records its sender (joins aside: a flash sale's sold-out `+1`s stay cheap)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_copy_reaches_a_chat_where_the_organiser_was_only_refused() -> None:
    family = fake_chat(default_language="en")
    garden = Chat(family.app, chat_id="-100888", title="Garden Club")
    await family.say("amy", "/groupbuy Mangoes price 88 ends 2h")
    refused = garden.said(await garden.say("amy", "/status", update_id="7"))  # as platforms send it
    assert refused.startswith("There is no open group buy in this chat.")

    replies = await family.say("amy", "/copy #1 to Garden Club")

    assert next(r.text for r in replies if r.text) == "Opened #2 (Mangoes, a copy of #1) in chat Garden Club."
