"""Review round 26 (finding 16): For you recommended the durian opened again (`/copy`) to Wes citing
"Cat's note (#1)", a note that itself asks "Are they sweet? …": a question is no friend's word for a
product. For you now cites, and counts, no note that is itself a question."""

from __future__ import annotations

from commerce.domain.notes import Note
from tests.unit.handlers.conftest import fake_chat


async def test_for_you_cites_no_note_that_is_itself_a_question() -> None:
    chat = fake_chat()
    await chat.say("wes", "hello")  # Wes is in the group
    await chat.say("amy", "/groupbuy Durian price 50")  # #1
    await chat.say("cat", "+1")
    async with chat.app.uow_factory() as uow:  # stored as before such a note was answered as /ask instead
        text = "Are they sweet? I heard this batch is amazing!!!"
        await uow.notes.add(
            Note(None, chat.chat_id, "cat", "Cat", text, chat.app.clock.now(), group_buy_id=1)
        )
        await uow.commit()
    await chat.say("bob", "+1")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/copy #1")  # #2, the same durian again

    english = chat.said(await chat.say("wes", "/foryou", private=True))
    chinese = chat.said(await chat.say("wes", "猜你喜欢", private=True))

    assert "· #2 Durian: 2 friends bought this\n" in english, english
    assert "· #2 Durian：2 位群友买过\n" in chinese, chinese
    assert "(#1)" not in english and "（#1）" not in chinese


async def test_a_note_that_tells_is_still_cited() -> None:
    chat = fake_chat()
    await chat.say("wes", "hello")
    await chat.say("amy", "/groupbuy Durian price 50")
    await chat.say("cat", "+1")
    await chat.say("cat", "/note #1 So creamy, are they all this good?")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/copy #1")

    english = chat.said(await chat.say("wes", "/foryou", private=True))

    assert "Cat's note (#1)" in english, english
