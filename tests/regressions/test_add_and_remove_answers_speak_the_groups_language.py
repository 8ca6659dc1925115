"""Review 68 (s33 task 2): `/add` and `/remove` are answered to the whole group, yet they followed the
sender's language: Amy, whose app is English, adding and removing lines on a Chinese card had the group
read `Amy added Wang (not in this chat)…`. What the group reads now speaks the group's language, as the
close announcement does: its `/lang`, else the card's."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_add_and_remove_answers_speak_the_cards_language() -> None:
    room = fake_chat()
    await room.say("amy", "开团 芒果 价格 88")
    await room.say("bob", "+1")

    added = room.said(await room.say("amy", "/add Wang 2", language="en"))
    assert added == "Amy 代报：Wang ×2 · 芒果（#1），订单由 Amy 收款。当前 ¥88/份。"
    more = room.said(await room.say("amy", "/add Bob 1", language="en"))
    assert more == "Amy 帮 Bob 加了 1 份：Bob 现在是 2 × 芒果（#1）。当前 ¥88/份。"
    removed = room.said(await room.say("amy", "/remove Wang", language="en"))
    assert removed == "Amy 把 Wang（×2）移出了 芒果（#1）。当前 ¥88/份。"
    kicked = await room.say("amy", "/remove @Bob", language="en")
    assert room.said(kicked) == "Amy 把 Bob（×2）移出了 芒果（#1）。当前 ¥88/份。"


async def test_add_and_remove_answers_speak_the_rooms_lang() -> None:
    room = fake_chat()
    room.admins = {"amy"}
    await room.say("amy", "/lang en")
    await room.say("amy", "开团 芒果 价格 88")
    await room.say("bob", "+1")

    added = room.said(await room.say("amy", "代报 王阿姨 2"))
    assert added.startswith("Amy added 王阿姨 (not in this chat): 2 × 芒果 (#1)"), added
    removed = room.said(await room.say("amy", "踢出 王阿姨"))
    assert removed.startswith("Amy removed 王阿姨 (×2) from 芒果 (#1)."), removed
