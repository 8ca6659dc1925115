"""What friends said (Ask, commerce.services.asking.friends_said) with and without a reranker (the `ai`
extra), on the in-memory fakes with a reranker that scores as told: a note sharing one of the question's
words is quoted on its meaning from the floor, never below it; verified purchases and trusted members
still come first, then the closer in meaning; nothing is quoted far below the best in meaning; a
reranker that cannot score leaves the lexical ranking."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import cast

import pytest

from commerce.domain.notes import Note
from commerce.ports import UnitOfWork
from commerce.services.asking import MEANING_FLOOR, friends_said
from commerce.services.verified import Verifier
from tests.fakes import FakeUnitOfWorkFactory

CHAT = "chat-1"
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
QUESTION = "mango sweet ripe"  # the fakes' search: words apart by spaces, each found anywhere
BOTH = "the mango was sweet and ripe"  # all three words: the lexical search finds it, the floor keeps it
SUGARY = "mango tastes like honey, sugary"  # one of three: the lexical floor drops it
ARRIVED = "mango arrived today, pick up at the gate"  # one of three, about something else


class Reranker:
    """Scores each text as told (by a piece of it), 0.5 otherwise; remembers what it was asked."""

    def __init__(self, told: Mapping[str, float], *, broken: bool = False) -> None:
        self.told = told
        self.broken = broken
        self.asked: list[tuple[str, list[str]]] = []

    async def scores(self, question: str, texts: Sequence[str]) -> list[float]:
        self.asked.append((question, list(texts)))
        if self.broken:
            return []
        return [next((s for piece, s in self.told.items() if piece in text), 0.5) for text in texts]


@pytest.fixture
def factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


async def post(factory: FakeUnitOfWorkFactory, author: str, text: str) -> int:
    async with factory() as uow:
        note = await uow.notes.add(Note(None, CHAT, author, author.title(), text, NOW, lang="en"))
        await uow.note_search.index(note)
        await uow.commit()
    assert note.id is not None
    return note.id


async def said(factory: FakeUnitOfWorkFactory, reranker: Reranker | None = None) -> list[int]:
    async with factory() as uow:
        found = await friends_said(cast(UnitOfWork, uow), CHAT, QUESTION, reranker=reranker)
        return [f.note.id or 0 for f in found]


def verified_notes(monkeypatch: pytest.MonkeyPatch, ids: Collection[int]) -> None:
    """These notes' authors bought what they are about (how is commerce.services.verified's business)."""

    async def verified(self: Verifier, note: Note) -> bool:
        return note.id in ids

    monkeypatch.setattr(Verifier, "verified", verified)


async def trusted(factory: FakeUnitOfWorkFactory, **trust: float) -> None:
    async with factory() as uow:
        await uow.trust.save(CHAT, trust)
        await uow.commit()


async def test_a_note_saying_it_in_other_words_is_quoted_on_its_meaning_from_the_floor(
    factory: FakeUnitOfWorkFactory,
) -> None:
    both = await post(factory, "amy", BOTH)
    sugary = await post(factory, "bob", SUGARY)
    arrived = await post(factory, "cat", ARRIVED)

    assert await said(factory) == [both]  # the lexical ranking: the others share one word of three
    reranker = Reranker({BOTH: 0.91, SUGARY: 0.93, ARRIVED: 0.80})
    assert await said(factory, reranker) == [sugary, both]  # closer in meaning first; ARRIVED below the floor
    question, texts = reranker.asked[0]
    assert question == QUESTION and set(texts) == {BOTH, SUGARY, ARRIVED}  # any one word: a candidate
    assert arrived not in await said(factory, Reranker({ARRIVED: MEANING_FLOOR["en"] - 0.01}))


async def test_the_floor_is_the_questions_languages(factory: FakeUnitOfWorkFactory) -> None:
    await post(factory, "amy", BOTH)
    sugary = await post(factory, "bob", SUGARY)
    almost = MEANING_FLOOR["en"] + 0.01
    assert MEANING_FLOOR["zh"] > almost  # Chinese texts score higher together: its floor is higher
    assert sugary in await said(factory, Reranker({BOTH: almost, SUGARY: almost}))


async def test_verified_purchases_then_trusted_members_still_come_first(
    factory: FakeUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = await post(factory, "amy", BOTH)
    sugary = await post(factory, "bob", SUGARY)
    other = await post(factory, "cat", "ripe mango, sweet as candy")
    reranker = Reranker({BOTH: 0.90, SUGARY: 0.94, "candy": 0.92})

    assert await said(factory, reranker) == [sugary, other, both]  # by meaning, nothing else telling
    await trusted(factory, cat=3.0)
    assert await said(factory, reranker) == [other, sugary, both]  # the trusted member first
    verified_notes(monkeypatch, {both})
    assert await said(factory, reranker) == [both, other, sugary]  # the verified purchase first


async def test_nothing_far_below_the_best_in_meaning_is_quoted_however_verified(
    factory: FakeUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = await post(factory, "amy", BOTH)
    sugary = await post(factory, "bob", SUGARY)
    verified_notes(monkeypatch, {both})
    assert await said(factory, Reranker({BOTH: 0.86, SUGARY: 0.95})) == [sugary]  # 0.09 below: not quoted
    assert await said(factory, Reranker({BOTH: 0.91, SUGARY: 0.95})) == [both, sugary]  # within 0.05


async def test_a_reranker_that_cannot_score_leaves_the_lexical_ranking(
    factory: FakeUnitOfWorkFactory,
) -> None:
    both = await post(factory, "amy", BOTH)
    await post(factory, "bob", SUGARY)
    assert await said(factory, Reranker({}, broken=True)) == [both]


async def test_a_question_no_note_shares_a_word_with_asks_the_reranker_nothing(
    factory: FakeUnitOfWorkFactory,
) -> None:
    await post(factory, "amy", "the laundry pods are gentle")
    reranker = Reranker({"laundry": 0.99})
    assert await said(factory, reranker) == []  # never invented from a note about nothing asked
    assert reranker.asked == []
