"""s40 noticed: `note #2 …` without the slash was read as `/note #2 …`, so a member telling the group
`note #2 is sold out` posted a note on group buy #2. Only the command posts one now; the message is told
which command would post it, and nothing is posted."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def test_note_hash_two_is_sold_out_posts_nothing_and_names_the_command() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Durian price 30")
    await chat.say("amy", "/groupbuy Kaya price 3")
    await chat.say("kim", "+1 #2")

    said = [r.text for r in await chat.say("kim", "note #2 is sold out") if r.text]

    assert said == [
        "“note #2 is sold out” was not posted as a note: only the /note command posts one."
        " To post it, send /note #2 is sold out"
    ]
    shown = [r.text for r in await chat.say("kim", "/note 1") if r.text]
    assert shown == ["There is no note #1 in this chat."]
    posted = [r for r in await chat.say("kim", "/note #2 so creamy, my third time") if r.card_of]
    assert posted, "the command still posts it"
