"""Bob's note card read "笔记 #1 · Bob 🏷 团长" after 截单 only because Dan joined through Bob's note (his
code): in Chinese 团长 is the organiser, Amy. The badge says how the author sells the group buy: 团长 /
Organiser for its organiser alone, 带货 / Brings buyers for a sharer whose code or link brought an order,
帮卖 / Help-seller for one who sells it in another group."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_sharer_who_brought_a_buyer_is_badged_as_bringing_buyers_not_as_the_organiser() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "种草 #1 芒果很甜")
    await chat.say("amy", "种草 #1 今年最好的一批")
    await chat.tap("dan", "nt:join:1")  # Dan joins through Bob's note: Bob brought him
    assert await head(chat, 1) == "笔记 #1 · Bob"

    await chat.say("amy", "截单")

    assert await head(chat, 1) == "笔记 #1 · Bob 🏷 带货"
    assert await head(chat, 2) == "笔记 #2 · Amy 🏷 团长"
    await chat.say("amy", "/lang en")
    assert await head(chat, 1) == "Note #1 · Bob 🏷 Brings buyers"
    assert await head(chat, 2) == "Note #2 · Amy 🏷 Organiser"
