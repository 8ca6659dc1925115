"""Use case of asking (问 / `/ask`): the group buy a question is about, and the facts that answer it.

"It" is resolved as people mean it: the group buy named (`#12`), else the one of the chat's open group
buys whose title the question names (a shared two-character Chinese word or English word), else the
chat's open one (several open: the asker is asked which, as `+1` is). In a private chat a question is
about the asker's own business only: a group buy they organise or are on, named by `#12`, or for their
order, their newest one. A group buy they have nothing to do with is one that does not exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commerce.domain.ask_relevance import asking_words
from commerce.domain.asking import Intent, Question, other_words
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.order import Order
from commerce.ports import UnitOfWork
from commerce.services import group_buys

_WORD = re.compile(r"[a-z]{3,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


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
