"""A refusal of a join for someone else spoke of the wrong person: `/add #1 Aunt Wang 1` on a group buy
with options hinted "e.g. +1 black" (which joins the organiser herself), the limit said "you already
have 0" for Aunt Wang and "you already have 1" for Cat's friend Wang. They name the guest or the
friend, and the option hint is the form that adds for them."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_hint_and_the_limit_name_the_guest_and_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Shirts options black:30,white:30 target 5 limit 2 ends today 20:00")
    await chat.say("cat", "+1 for Wang black")

    hint = Chat.said(await chat.say("amy", "/add #1 Aunt Wang 1"))
    guest = Chat.said(await chat.say("amy", "/add #1 Aunt Wang 3 black"))
    friend = Chat.said(await chat.say("cat", "+4 for Wang black"))
    friend_zh = Chat.said(await chat.say("cat", "+4 帮 Wang black"))

    assert hint.endswith("Add it after the number, e.g. /add #1 Aunt Wang 1 white.")
    assert (
        guest == "Sorry, Shirts black is limited to 2 per person, so Aunt Wang can have at most 2."
        " Nothing was changed."
    )
    assert friend == (
        "Sorry, Shirts black is limited to 2 per person and Wang already has 1, so Wang may have 1 more:"
        " send +1 black for Wang. Nothing was changed."
    )
    assert friend_zh == (
        "抱歉，Shirts black 每人限购 2 份，Wang 已经有 1 份了，还能再要 1 份（发 +1 black 帮 Wang），"
        "没有任何改动。"
    )
