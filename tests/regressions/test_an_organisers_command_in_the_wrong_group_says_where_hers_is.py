"""rep100 #8: Jenny opened #2 Coffee beans in "work"; her `/cancel #2`, `/close #2`, `/edit #2 price 55`
typed in "family" were told there is no #2 here and offered `e.g. /cancel #1`, another group buy. Its
organiser is told where hers is and how to send it, nothing changed, never an example acting on another;
anyone else keeps the plain refusal."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

WHERE = "Coffee beans (#2) is in “work”, not here: nothing was changed. Send it there, or to me in private."


async def two_groups() -> tuple[Chat, Chat]:
    family = fake_chat()
    family.title = "family"
    work = Chat(family.app, chat_id="work", title="work")
    await family.say("bob", "/groupbuy Mangoes price 80 target 9 ends today 20:00")
    await work.say("jenny", "/groupbuy Coffee beans price 50 target 9 ends today 20:00")
    await family.say("jenny", "hi all")
    await work.say("amy", "+1 #2")
    await family.say("amy", "hello")
    return family, work


async def test_her_cancel_close_and_edit_in_another_group_say_where_it_is() -> None:
    family, work = await two_groups()

    for typed in ("/cancel #2", "/close #2", "/edit #2 price 55"):
        answer = Chat.said(await family.say("jenny", typed))
        assert answer == WHERE, typed
        assert "#1" not in answer

    card = await work.card(2)
    assert "¥50" in card and "Amy ×1" in card


async def test_someone_else_is_not_told_where_it_is() -> None:
    family, _ = await two_groups()

    answer = Chat.said(await family.say("amy", "/cancel #2"))

    assert "work" not in answer
