"""s25 review: `代报 Bob 1 要三份` (the organiser reporting for Bob, a count in the note) added 1 to Bob's
line with the note 要三份, and `代报 王阿姨 1 要三份` made a guest's line of 1: the order was for 1 where 3
were asked. As `+1 要三份` is, nothing is added and the organiser is told the add to send; the same
count (`代报 Bob 3 要三份`) adds it without the words, and notes with numbers stay notes."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_count_in_the_note_of_an_add_adds_nothing_and_says_what_to_send() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")
    await chat.say("bob", "+1")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", "代报 Bob 1 要三份"))
    assert said == "你写了给 Bob 代报 1 和“要三份”：要 3 份就发 代报 #1 Bob 3，没有任何改动。"
    said = chat.said(await chat.say("amy", "代报 王阿姨 1 要三份"))
    assert said == "你写了给 王阿姨 代报 1 和“要三份”：要 3 份就发 代报 #1 王阿姨 3，没有任何改动。"
    assert await chat.card(1) == card  # nothing added

    said = chat.said(await chat.say("amy", "代报 王阿姨 3 要三份"))
    assert said == "Amy 代报：王阿姨 ×3 · 芒果（#1），订单由 Amy 收款。当前 ¥20/份。"
    said = chat.said(await chat.say("amy", "代报 刘奶奶 1 302室"))
    assert said == "Amy 代报：刘奶奶 ×1 · 芒果（#1），订单由 Amy 收款。备注：302室。当前 ¥20/份。"


async def test_a_count_in_the_note_of_an_add_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")
    await chat.say("bob", "+1")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", "/add Bob 1 2 more"))
    assert said == "You wrote 1 for Bob and “2 more”: for 2 jin, send /add #1 Bob 2. Nothing was changed."
    said = chat.said(await chat.say("amy", "/add Wang 1 3 total"))
    assert said == "You wrote 1 for Wang and “3 total”: for 3 jin, send /add #1 Wang 3. Nothing was changed."
    assert await chat.card(1) == card

    said = chat.said(await chat.say("amy", "/add Wang 1 gate 3"))
    assert "Note: gate 3." in said
