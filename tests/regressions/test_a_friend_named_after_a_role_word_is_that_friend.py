"""`+1 for my neighbour Bob` recorded a friend called "neighbour" with the note "Bob": the card read
"Hal for neighbour 1 jar · Bob", the export `neighbour,Gil,1,Bob`. A word saying who the friend is (a
neighbour, a sister) followed by a name is that name's line, with or without `my`; the role word alone
stays the friend (`for my mum`: mum)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_name_after_the_role_word_is_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya Jars price 12 ends 3d")

    mine = chat.said(await chat.say("hal", "+1 for my neighbour Bob"))
    without_my = chat.said(await chat.say("gil", "+1 for neighbour Ann gate B"))
    mum = chat.said(await chat.say("ivy", "+2 for my mum"))

    assert mine.startswith("Hal joined for Bob: 1 × Kaya Jars (#1)."), mine
    assert "Note" not in mine
    assert without_my.startswith("Gil joined for Ann: 1 × Kaya Jars (#1). Note: gate B."), without_my
    assert mum.startswith("Ivy joined for mum: 2 × Kaya Jars (#1)."), mum
    card = await chat.card(1)
    assert "Hal for Bob" in card and "neighbour" not in card


async def test_in_a_chinese_chat_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 咖椰酱 价格 12 截止 3d")

    said = chat.said(await chat.say("hal", "+1 for my neighbour Bob"))

    assert said.startswith("Hal joined for Bob: 1 × 咖椰酱 (#1)."), said
    assert "neighbour" not in await chat.card(1)


async def test_the_friend_first_and_a_leave_name_bob_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Macarons options large:19,small:12 ends 3d")

    first = chat.said(await chat.say("hal", "for my neighbour Bob +2 large"))
    mum = chat.said(await chat.say("hal", "+1 for my mum large"))
    left = chat.said(await chat.say("hal", "-1 for my neighbour Bob"))

    assert first.startswith("Hal joined for Bob: 2 × Macarons large (#1)."), first
    assert mum.startswith("Hal joined for mum: 1 × Macarons large (#1)."), mum
    assert "Bob" in left and "neighbour" not in left, left
    card = await chat.card(1)
    assert "Hal for Bob large ×1" in card and "Hal for mum large ×1" in card, card
