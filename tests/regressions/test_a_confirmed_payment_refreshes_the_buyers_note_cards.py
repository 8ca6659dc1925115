"""`已收 @Bob` left Bob's note card reading "笔记 #1 · Bob …" while `笔记 1` said "✅ 已购买", until someone
liked it. A payment confirmed (已收, several at once, the report's Received) now refreshes the cards of
the buyer's notes about that group buy, so the card says ✅ 已购买 too; `撤销已收` refreshes them back."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _bought(chat: Chat) -> None:
    await chat.say("amy", "接龙 烟台苹果 价格 40")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("bob", "种草 #1 烟台苹果脆甜，推荐")  # note #1
    await chat.say("amy", "截单")


async def test_a_confirmed_payment_refreshes_the_buyers_note_card() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await _bought(chat)
    assert "✅ 已购买" not in (await chat.card(-1)).splitlines()[0]

    answer = await chat.say("amy", "已收 @Bob")
    assert (-1, False) in chat.cards(answer)
    assert (await chat.card(-1)).splitlines()[0].endswith("✅ 已购买")

    answer = await chat.say("amy", "撤销已收 @Bob")
    assert (-1, False) in chat.cards(answer)
    assert "✅ 已购买" not in (await chat.card(-1)).splitlines()[0]


async def test_several_confirmed_at_once_refresh_the_buyers_note_cards() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await _bought(chat)
    answer = await chat.say("amy", "已收 @Bob @Cat")
    assert (-1, False) in chat.cards(answer)
    assert (await chat.card(-1)).splitlines()[0].endswith("✅ 已购买")


async def test_another_buyers_payment_leaves_the_note_card_alone() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await _bought(chat)
    answer = await chat.say("amy", "已收 @Cat")
    assert (-1, False) not in chat.cards(answer)
