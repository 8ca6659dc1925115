"""A clique's likes among themselves earn no reputation, through the chat: three buyers who like each
other's verified notes stay Newcomers when a trusted outsider likes one of them; before, that one like
made a second clique member 达人 (commerce.domain.reputation.outside_cliques)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CLIQUE = ("c0", "c1", "c2")


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_an_outsiders_like_on_one_clique_member_makes_no_other_an_insider() -> None:
    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    chat = fake_chat(factory, clock=clock)
    await chat.say("amy", "接龙 芒果 价格 30")
    for buyer in (*CLIQUE, "out"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    for line in range(1, 5):
        await chat.say("amy", f"已收 1-{line}")
    clock.advance(days=2)  # the goods arrived: the notes come after the purchases (they led to none)
    said = ("芒果很甜，个头大", "发货快，一个没坏", "比超市的香，会回购", "芒果不错，孩子爱吃")
    for author, text in zip((*CLIQUE, "out"), said, strict=True):
        await chat.say(author, f"种草 #1 {text}")
    for note_id, author in enumerate(CLIQUE, start=1):
        for liker in CLIQUE:
            if liker != author:
                await chat.say(liker, f"赞 {note_id}")
    for fan in ("dan", "eve", "fay", "gus"):  # Out is trusted: four friends like Out's note
        await chat.say(fan, "赞 4")
    assert await head(chat, 4) == "笔记 #4 · Out · 达人 ✅ 已购买"  # 1 + 4 × ½ = 3

    await chat.say("out", "赞 1")  # one like from outside the clique, on C0's note

    trust = factory.state.trust
    assert trust[(chat.chat_id, "c0")] == pytest.approx(2.5)  # 1 + ½ × Out's 3: what it gives anyone
    assert trust[(chat.chat_id, "c1")] == trust[(chat.chat_id, "c2")] == 1.0  # C1 was 2.6: 达人
    for note_id, name in enumerate(("C0", "C1", "C2"), start=1):  # (the clique's notes are flagged too)
        assert (await head(chat, note_id)).startswith(f"笔记 #{note_id} · {name} ")
    assert "达人" not in await head(chat, 2) and "达人" not in await head(chat, 3)
