"""Session 26, task R2 (review 36, finding 9): Bob's `这个芒果超甜，回购三次了` (he had never bought)
reached "Bob · 达人" on seven likes; Dan's `我买过他家芒果`, written before he had any order, turned
"✅ 已购买" once he joined through his own note and paid. ✅ now needs an order made before the note
was written, and a note claiming a purchase no order backs lifts nobody by its likes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

FRIENDS = ("cat", "eve", "fay", "hu", "kim", "lin", "ned")


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_note_written_before_the_order_never_turns_verified() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 海南贵妃芒 价格 30")
    await chat.say("dan", "种草 #1 我买过他家芒果，很甜")
    clock.advance(minutes=5)
    await chat.tap("dan", "nt:join:1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 @Dan")
    clock.advance(minutes=5)
    await chat.say("dan", "种草 #1 收到了，果然很甜")

    assert await head(chat, 1) == "笔记 #1 · Dan"
    assert "✅" not in chat.said(await chat.say("zoe", "笔记 1"))
    assert await head(chat, 2) == "笔记 #2 · Dan ✅ 已购买"  # written after buying


async def test_likes_on_a_purchase_claim_with_no_order_reach_no_level() -> None:
    clock = FakeClock()
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock)
    await chat.say("amy", "接龙 海南贵妃芒 价格 30")
    await chat.say("bob", "种草 这个芒果超甜，回购三次了")
    clock.advance(hours=2)
    for member in FRIENDS:
        await chat.say(member, "赞 1")

    assert await head(chat, 1) == "笔记 #1 · Bob"
    assert factory.state.trust.get(("family", "bob"), 1.0) == 1.0


async def test_in_english_too() -> None:
    clock = FakeClock()
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock, default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("dan", "/note #1 I've bought these before, so sweet")
    await chat.say("bob", "/note I've bought mangoes here three times")
    clock.advance(minutes=5)
    await chat.tap("dan", "nt:join:1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid @Dan")
    clock.advance(hours=2)
    for member in FRIENDS:
        await chat.say(member, "/like 2")

    assert await head(chat, 1) == "Note #1 · Dan"
    assert await head(chat, 2) == "Note #2 · Bob"
    assert factory.state.trust.get(("family", "bob"), 1.0) == 1.0
