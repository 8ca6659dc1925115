"""Session 27 review (rep40), finding 11: Ivy, in 小区水果群 while #1 was open there, sent `+1` in private
and was told "私聊里没有团购可跟…" with a made-up example, not #1. Amy `踢出 @Lin` with two open was asked
which, though Lin was on one only. A bare private `+1` now names her groups' open group buys and where
to send it; `踢出 @Lin` takes the one Lin is on (asked which only when she is on several)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _fruit_group() -> Chat:
    room = fake_chat()
    room.title = "小区水果群"
    await room.say("amy", "接龙 阳光玫瑰 2斤装 价格 60")
    return room


async def test_a_bare_private_join_names_her_groups_open_buys() -> None:
    room = await _fruit_group()
    await room.say("ivy", "早")

    zh = room.said(await room.say("ivy", "+1", private=True))
    en = room.said(await room.say("ivy", "/join", private=True))

    assert zh == (
        "私聊里没有团购可跟（没有打开过团购卡片）。你所在群里进行中的团：\n"
        "「小区水果群」的 #1 阳光玫瑰 2斤装：在群里发 +1\n"
        "也可以发群友给你的分享码跟团，例如 +1 团12-K7QM。没有任何改动。"
    )
    assert en == (
        "There is no group buy to join in a private chat (no card opened here). Open in your groups:\n"
        "#1 阳光玫瑰 2斤装 in “小区水果群”: send +1 in that group\n"
        "Or send a friend's share code, e.g. +1 12-K7QM. Nothing was changed."
    )
    assert "Ivy" not in await room.card()  # nothing joined


async def test_removing_a_member_takes_the_one_she_is_on() -> None:
    room = await _fruit_group()
    await room.say("amy", "接龙 砂糖橘 价格 30")
    await room.say("lin", "+1 #2")
    await room.say("bob", "+1 #1")
    await room.say("bob", "+1 #2")

    lin = room.said(await room.say("amy", "踢出 @Lin"))
    bob = room.said(await room.say("amy", "踢出 @Bob"))
    en = room.said(await room.say("amy", "/remove @Bob", language="en"))

    assert lin == "Amy 把 Lin（×1）移出了 砂糖橘（#2）。当前 ¥30/份。"
    assert bob.startswith("这个群里有 2 个团在接龙：#1 阳光玫瑰 2斤装 · #2 砂糖橘")  # on both: which
    assert "#1" in en and "#2" in en and "removed" not in en


async def test_in_english_removing_takes_the_one_she_is_on() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Grapes price 60")
    await room.say("amy", "/groupbuy Oranges price 30")
    await room.say("cat", "+1 #1")

    removed = room.said(await room.say("amy", "/remove @Cat"))

    assert removed == "Amy removed Cat (×1) from Grapes (#1). Now ¥60 each."
