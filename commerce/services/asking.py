"""Use case of asking (问 / `/ask`): the group buy a question is about, and the facts that answer it;
else what friends said about it in their notes (`friends_said`).

"It" is resolved as people mean it: the group buy named (`#12`), else the one of the chat's open group
buys whose title the question names (a shared two-character Chinese word or English word), else the
chat's open one (several open: the asker is asked which, as `+1` is). In a private chat a question is
about the asker's own business only: a group buy they organise or are on, named by `#12`, or for their
order, their newest one. A group buy they have nothing to do with is one that does not exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commerce.domain.ask_relevance import asking_words, speaks_to, topic_words
from commerce.domain.asking import Intent, Question, other_words
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.note_search import MAX_QUERY
from commerce.domain.order import Order
from commerce.ports import NoteReranker, UnitOfWork
from commerce.services import group_buys
from commerce.services.note_search import Found, search_notes

_WORD = re.compile(r"[a-z]{3,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
FRIENDS_QUOTED = 3  # notes quoted in an answer from what friends said
# With a reranker (the `ai` extra): a note that shares too few of the question's words is quoted on its
# meaning alone from this similarity, by the question's language: just above the highest cosine of an
# unanswerable question and a note (multilingual-e5-small, bench/ask.py: 0.884 in Chinese, 0.804 in
# English; the right notes' reach 0.95 and 0.90). And no note is quoted whose meaning is more than
# MEANING_MARGIN below the best one's (a friend's words about something else, however trusted).
MEANING_FLOOR = {"zh": 0.90, "en": 0.86}
MEANING_MARGIN = 0.05
WIDER_WORDS = 4  # with a reranker, the notes with any one of the question's first words are candidates


@dataclass(frozen=True)
class Facts:
    """What answers a question: the group buy, and for the asker's own order, their lines and order."""

    question: Question
    group_buy: GroupBuy
    lines: list[Participant] = field(default_factory=list)
    order: Order | None = None


async def facts(uow: UnitOfWork, question: Question, *, chat_id: str, private: bool, asker: str) -> Facts:
    """The facts a recognised question asks for (`ask_unknown` when it asks for none Tuan holds)."""
    if question.intent is None:
        raise DomainError("ask_unknown")
    if private:
        group_buy, order = await _privately(uow, question, asker)
    else:
        group_buy, order = await about(uow, question, chat_id=chat_id, asker=asker), None
    assert group_buy.id is not None
    if question.intent is not Intent.MY_ORDER:
        return Facts(question, group_buy)
    lines = await uow.group_buys.lines_of(group_buy.id, asker)
    if order is None:
        order = next((o for o in await uow.orders.for_buyer(asker) if o.group_buy_id == group_buy.id), None)
    return Facts(question, group_buy, lines, order)


async def about(uow: UnitOfWork, question: Question, *, chat_id: str, asker: str) -> GroupBuy:
    """The group buy a question asked in a group is about: named by `#12`, else by its title, else the
    chat's open one. A question naming a product no open group buy here is about (`葡萄还有吗` where
    only mangoes are sold) is refused with what is open, never answered with another product's facts."""
    if question.group_buy_id is None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
        named = _named(open_here, question.text)
        if named is not None:
            return named
        other = other_words(question.text, asking_words())
        if open_here and other and not any(_shares(word, g.terms.title) for word in other for g in open_here):
            oldest_first = sorted(open_here, key=lambda g: g.id or 0)
            choices = " · ".join(f"#{g.id} {g.terms.title}" for g in oldest_first)
            raise DomainError("ask_no_such_group_buy", words=other[0], choices=choices)
    return await group_buys.find(uow, chat_id=chat_id, group_buy_id=question.group_buy_id, member=asker)


def _shares(word: str, title: str) -> bool:
    """Whether a word of the question may name the title: a Chinese character in common (`芒果` and
    `贵妃芒`: people shorten titles their own way)."""
    return bool(set(word) & set(title.casefold()))


def _named(open_here: list[GroupBuy], text: str) -> GroupBuy | None:
    """The one open group buy whose title the question names, if exactly one does."""
    asked = _keys(text)
    found = [g for g in open_here if asked & _keys(g.terms.title)]
    return found[0] if len(found) == 1 else None


def _keys(text: str) -> set[str]:
    """Two-character runs of Chinese, and English words of three letters or more."""
    folded = text.casefold()
    pairs = {run[i : i + 2] for run in _CJK_RUN.findall(folded) for i in range(len(run) - 1)}
    return pairs | set(_WORD.findall(folded))


async def _privately(uow: UnitOfWork, question: Question, asker: str) -> tuple[GroupBuy, Order | None]:
    """In private: the group buy named, if it is the asker's business; for their order without a
    number, their newest order."""
    if question.group_buy_id is None:
        if question.intent is not Intent.MY_ORDER:
            raise DomainError("ask_which_private")
        newest = next(iter(await uow.orders.for_buyer(asker)), None)
        if newest is None:
            raise DomainError("ask_no_orders")
        found = await uow.group_buys.get(newest.group_buy_id)
        assert found is not None
        return found, newest
    found = await uow.group_buys.get(question.group_buy_id)
    if found is None or found.id is None or not await _concerns(uow, found, asker):
        raise NotFound("ask_not_yours", id=question.group_buy_id)
    return found, None


async def _concerns(uow: UnitOfWork, group_buy: GroupBuy, asker: str) -> bool:
    assert group_buy.id is not None
    if group_buy.organiser_id == asker or await uow.group_buys.lines_of(group_buy.id, asker):
        return True
    return any(order.group_buy_id == group_buy.id for order in await uow.orders.for_buyer(asker))


async def friends_said(
    uow: UnitOfWork, chat_id: str, question: str, *, reranker: NoteReranker | None = None
) -> list[Found]:
    """The chat's notes that speak to the question, best first, at most `FRIENDS_QUOTED`.

    Without a reranker (the lexical ranking): the notes the search finds, less those sharing too few of
    the question's words (commerce.domain.ask_relevance: better "I can't answer that" than a friend's
    words about something else); a note whose author bought what it is about first, then the more
    trusted author, then the better match (the search's rank).

    With one (`pip install -e .[ai]`, bot/rerank.py), meaning weighs in, and the rules above still hold:
    - candidates: those notes, and the notes with any one of the question's words (a search for all of
      them misses the note that says the rest in other words);
    - the relevance floor: a note is quoted when the lexical floor keeps it, or on its meaning alone
      when its similarity reaches MEANING_FLOOR (by the question's language, Chinese or not); then
      none more than MEANING_MARGIN below the best;
    - the order: verified purchases first, then the more trusted author, then the closer in meaning.
    A reranker that cannot score (its model failed to load: no scores) leaves the lexical ranking.
    """
    words = " ".join(question.split())[:MAX_QUERY]
    if not any(char.isalnum() for char in words):
        return []
    found = await search_notes(uow, chat_id, words, limit=FRIENDS_QUOTED * 3)
    terms = found[0].terms if found else ()
    relevance = {f.note.id: f.score for f in found}
    quoted = [f for f in found if speaks_to(f.note.text, terms)]
    if reranker is not None and found:
        wider = await _wider(uow, chat_id, found, topic_words(terms))
        meaning = await reranker.scores(words, [f.note.text for f in wider])
        if len(meaning) == len(wider):  # else it could not score: the lexical ranking serves
            relevance = {f.note.id: score for f, score in zip(wider, meaning, strict=True)}
            floor = MEANING_FLOOR["zh" if _CJK_RUN.search(words) else "en"]
            quoted = _close_in_meaning(wider, terms, relevance, floor)
    trust = {f.note.author_id: await uow.trust.trust_of(chat_id, f.note.author_id) for f in quoted}
    quoted.sort(key=lambda f: (not f.verified, -trust[f.note.author_id], -relevance[f.note.id]))
    return quoted[:FRIENDS_QUOTED]


async def _wider(uow: UnitOfWork, chat_id: str, found: list[Found], topic: list[str]) -> list[Found]:
    """The notes found, then those with any one of the question's topic words (each note once)."""
    seen = {f.note.id for f in found}
    wider = list(found)
    for word in topic[:WIDER_WORDS] if len(topic) > 1 else ():
        for more in await search_notes(uow, chat_id, word, limit=FRIENDS_QUOTED * 2):
            if more.note.id not in seen:
                seen.add(more.note.id)
                wider.append(more)
    return wider


def _close_in_meaning(
    found: list[Found], terms: tuple[str, ...], meaning: dict[int | None, float], floor: float
) -> list[Found]:
    """The notes over the relevance floor (the lexical one, or the meaning `floor`), within
    MEANING_MARGIN of the best of them."""
    kept = [f for f in found if speaks_to(f.note.text, terms) or meaning[f.note.id] >= floor]
    best = max((meaning[f.note.id] for f in kept), default=0.0)
    return [f for f in kept if meaning[f.note.id] >= best - MEANING_MARGIN]
