"""Session 40 (s39 closing, "Pastes and joins"): `kaya 2 for me` was made a join as `+2 kaya`, so `dinner 2
for me` joined 2 with the note "dinner". It is read as `2 kaya` is: a join where the word names the goods
or an option open here, else talk (nothing joined, no answer)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_word_naming_nothing_here_is_talk() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Kaya jars price 8")

    replies = await chat.say("amy", "dinner 2 for me")

    assert [reply for reply in replies if reply.text] == []
    assert "dinner" not in await chat.card() and "Amy" not in await chat.card()


async def test_the_goods_named_still_join() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Kaya jars price 8")

    reply = chat.said(await chat.say("max", "kaya 2 for me"))

    assert reply == "Max is in: 2 × Kaya jars (#1). Now ¥8 each."
    assert "1. Max ×2" in await chat.card()


async def test_an_option_named_joins_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies options small:8,large:9")

    reply = chat.said(await chat.say("amy", "small 2 for me"))

    assert reply.startswith("Amy is in: 2 × Pies small (#1).")
    assert "1. Amy small ×2" in await chat.card()
