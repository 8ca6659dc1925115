"""Use cases of questions passed to the organiser (转给团长, commerce.domain.questions): a question Tuan
could not answer is kept with the organiser of the chat's group buy, passed to them when the asker
taps 转给团长, and answered back (答 5 …)."""

from __future__ import annotations

from datetime import datetime

from commerce.domain.asking import Question
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy
from commerce.domain.questions import AskedQuestion
from commerce.ports import UnitOfWork


async def keep(
    uow: UnitOfWork,
    question: Question,
    group_buy: GroupBuy,
    *,
    asker: str,
    asker_name: str,
    chat_id: str,
    now: datetime,
    to: tuple[str, str] | None = None,
) -> AskedQuestion:
    """The question, stored so its asker may pass it to the group buy's organiser (`to`: another who
    answers for it, (id, name): in a group help-selling it, 帮卖, its help-seller there)."""
    assert group_buy.id is not None
    organiser_id, organiser_name = to or (group_buy.organiser_id, group_buy.organiser_name)
    kept = AskedQuestion(
        id=None,
        chat_id=chat_id,
        asker_id=asker,
        asker_name=asker_name,
        text=question.text,
        lang=question.lang,
        organiser_id=organiser_id,
        organiser_name=organiser_name,
        group_buy_id=group_buy.id,
        created_at=now,
    )
    return await uow.questions.add(kept)


async def forward(uow: UnitOfWork, question_id: int, *, actor: str, now: datetime) -> AskedQuestion:
    """转给团长: the asker passes their question on (once; a double tap is told it went)."""
    question = await _get(uow, question_id)
    previous = question.status
    question.forward(actor=actor, now=now)
    if not await uow.questions.save(question, previous=previous):
        raise DomainError("question_forwarded_already", organiser=question.organiser_name)
    return question


async def answer(uow: UnitOfWork, question_id: int, text: str, *, actor: str, now: datetime) -> AskedQuestion:
    """答 5 …: the organiser it was passed to answers, once."""
    question = await _get(uow, question_id)
    previous = question.status
    question.answer_with(text, actor=actor, now=now)
    if not await uow.questions.save(question, previous=previous):
        raise DomainError("question_answered_already", id=question.id, name=question.asker_name)
    return question


async def _get(uow: UnitOfWork, question_id: int) -> AskedQuestion:
    found = await uow.questions.get(question_id)
    if found is None:
        raise NotFound("question_not_found", id=question_id)
    return found
