"""s33 tail #2: in an English chat (card `/groupbuy Mangoes …`), `芒果甜吗` was answered
`本群没有「芒果」的团购…`, untrue: 芒果 is Mangoes by the product-name table.
The question is about that group buy (here: offered to
the organiser, as `are the mangoes sweet?` is), among several open too; a product no open one sells is
still never answered with another's facts."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

_OFFERED_ZH = "这个我答不上来：团购里没有记着。要不要转给团长 Amy？点下面的按钮，团长的回答会私信给你。"


async def _mangoes(*more: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78")
    for card in more:
        await chat.say("amy", card)
    return chat


async def test_the_chinese_word_is_the_english_cards_product() -> None:
    chat = await _mangoes()
    said = chat.said(await chat.say("bob", "芒果甜吗"))
    assert "本群没有" not in said
    assert said == _OFFERED_ZH


async def test_among_several_open_it_is_that_one() -> None:
    chat = await _mangoes("/groupbuy Lychees price 30")
    assert chat.said(await chat.say("bob", "芒果甜吗")) == _OFFERED_ZH


async def test_asked_in_english_it_is_answered_alike() -> None:
    chat = await _mangoes()
    said = chat.said(await chat.say("bob", "are the mangoes sweet?"))
    assert "Amy" in said and "no group buy" not in said.casefold()


async def test_a_product_nobody_sells_is_never_answered_as_the_mangoes() -> None:
    chat = await _mangoes()
    assert not [reply for reply in await chat.say("bob", "杨桃甜吗") if "Mangoes" in (reply.text or "")]
