"""Questions passed to the organiser on storage (SQLite and PostgreSQL): kept with their organiser,
passed on once even when the asker taps twice at once, answered once."""

from __future__ import annotations

import asyncio

from commerce.domain.asking import read
from commerce.domain.questions import QuestionStatus
from commerce.services import questions
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy, outcome


async def test_a_question_is_passed_on_once_and_answered_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        kept = await questions.keep(
            uow, read("芒果甜吗？"), group_buy, asker="cat", asker_name="Cat", chat_id=CHAT, now=clock.now()
        )
        await uow.commit()
    assert kept.id is not None and kept.organiser_id == ORGANISER
    qid = kept.id

    async def forward() -> None:
        async with uow_factory() as uow:
            await questions.forward(uow, qid, actor="cat", now=clock.now())
            await uow.commit()

    results = await asyncio.gather(outcome(forward()), outcome(forward()))
    assert sorted(results) == ["ok", "question_forwarded_already"]

    async def answer(text: str) -> None:
        async with uow_factory() as uow:
            await questions.answer(uow, qid, text, actor=ORGANISER, now=clock.now())
            await uow.commit()

    assert await outcome(answer("很甜")) == "ok"
    assert await outcome(answer("再说一次")) == "question_answered_already"
    async with uow_factory() as uow:
        stored = await uow.questions.get(qid)
    assert stored is not None
    assert (stored.status, stored.answer, stored.text, stored.lang) == (
        QuestionStatus.ANSWERED,
        "很甜",
        "芒果甜吗？",
        "zh",
    )
