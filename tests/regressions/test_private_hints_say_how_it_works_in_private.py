"""In a private chat with the bot, `/status` and `/waitlist` were told to start a group buy there (which
is refused in private), `/help` began "Tuan runs group buys in this chat.", and `/close #5` not reached
yet pointed to a bare `/cancel` (which needs its number in private). Each now says how it works there."""

from __future__ import annotations

from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat


async def test_status_and_waitlist_in_private_point_to_the_share_code() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 30 target 5")

    for typed in ("/status", "/waitlist", "/status #1"):
        answer = chat.said(await chat.say("kim", typed, private=True))
        assert answer == t("en", "no_group_buy_in_private"), typed
        assert "Start one" not in answer and "share code" in answer
    assert chat.said(await chat.say("kim", "进度", private=True)) == t("zh", "no_group_buy_in_private")


async def test_help_in_private_speaks_of_the_private_chat() -> None:
    chat = fake_chat()

    private = chat.said(await chat.say("kim", "/help", private=True))
    group = chat.said(await chat.say("kim", "/help"))

    assert private.startswith("Tuan runs group buys in your groups;")
    assert "Tuan runs group buys in this chat." not in private
    assert group.startswith("Tuan runs group buys in this chat.")
    assert private.split("\n")[1:] == group.split("\n")[1:]


async def test_close_in_private_not_reached_names_the_cancel_with_its_number() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 30 target 5")
    await chat.say("bob", "+1")

    answer = chat.said(await chat.say("amy", "/close #1", private=True))
    in_group = chat.said(await chat.say("amy", "/close"))

    assert answer == (
        "It cannot close yet: 1 of 5 so far. To go ahead with what is taken, lower the target first:"
        " /edit #1 target 1, then /close #1; or wait for the deadline, or /cancel #1 to call it off."
    )
    assert in_group == answer  # session 18: the group's names its number as well (two may be open)
