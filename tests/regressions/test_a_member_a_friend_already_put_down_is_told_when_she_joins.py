"""Session 26 (report 37, finding 8): Jo sent `+1 #7 给 @Kim 带一份`, then Kim sent `+1 #7` herself and held
two units without a word. Kim's own join now says that Jo already put one down for her and how to take
hers off if it is a double; nothing is refused, and a later `+1` of hers (no longer new) says nothing
more."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_her_own_join_says_a_friend_put_her_down_already() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68")
    await chat.say("jo", "+1 #1 给 @Kim 带一份")

    first = chat.said(await chat.say("kim", "+1 #1"))
    again = chat.said(await chat.say("kim", "+1"))

    assert first == (
        "Kim 跟团：1 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"
        "Jo 已经帮你报了 1 份，如果重复了，发 -1 退掉你自己这份。"
    )
    assert again == "Kim 跟团：又加 1 份，现在共 2 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"
    assert (await chat.card(1)).endswith("\n\n1. Jo 帮 Kim ×1\n2. Kim ×2")


async def test_in_english_with_several_open_the_leave_names_the_group_buy() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Lychees price 15")
    await chat.say("jo", "+2 #2 for @Kim")

    reply = chat.said(await chat.say("kim", "/join #2"))

    assert reply == (
        "Kim is in: 1 × Lychees (#2). Now ¥15 each. "
        "Jo already put 2 down for you: if this is a double, send -1 #2 to take yours off."
    )


async def test_a_friends_line_taken_off_since_is_not_mentioned() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68")
    await chat.say("jo", "+1 给 Kim")
    await chat.say("jo", "-1 给 Kim")

    reply = chat.said(await chat.say("kim", "+1"))

    assert reply == "Kim 跟团：1 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"
