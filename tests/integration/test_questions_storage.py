"""Questions passed to the organiser on storage (SQLite and PostgreSQL): kept with their organiser,
passed on once even when the asker taps twice at once, answered once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

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


async def test_the_questions_waiting_for_an_organiser_are_those_forwarded_to_her_and_unanswered(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """What her plain private answer may answer (handlers.ask): forwarded to her since the time given,
    not answered, in the order forwarded, the newest `limit`; one only asked, or answered, waits not."""
    group_buy = await open_buy(uow_factory, clock)
    ids: list[int] = []
    async with uow_factory() as uow:
        for asker, text, to in [
            ("cat", "芒果甜吗？", None),
            ("dan", "芒果大吗？", None),
            ("eve", "芒果熟了吗？", None),
            ("fay", "有机的吗？", ("lee", "Lee")),
            ("gus", "还有吗？", None),
        ]:
            kept = await questions.keep(
                uow,
                read(text),
                group_buy,
                asker=asker,
                asker_name=asker,
                chat_id=CHAT,
                now=clock.now(),
                to=to,
            )
            assert kept.id is not None
            ids.append(kept.id)
        await uow.commit()
    first, second, third, helpers, only_asked = ids
    since = clock.now()
    async with uow_factory() as uow:  # forwarded one minute apart: the third first, then the second ...
        for qid, asker in [(third, "eve"), (second, "dan"), (first, "cat"), (helpers, "fay")]:
            clock.advance(minutes=1)
            await questions.forward(uow, qid, actor=asker, now=clock.now())
        await questions.answer(uow, first, "很甜", actor=ORGANISER, now=clock.now())
        await uow.commit()

    async with uow_factory() as uow:
        waiting = await uow.questions.waiting_for(ORGANISER, since=since, limit=20)
        newest = await uow.questions.waiting_for(ORGANISER, since=since, limit=1)
        later = await uow.questions.waiting_for(ORGANISER, since=since + timedelta(minutes=2), limit=20)
        lees = await uow.questions.waiting_for("lee", since=since, limit=20)
    assert [(q.id, q.text, q.status) for q in waiting] == [
        (third, "芒果熟了吗？", QuestionStatus.FORWARDED),
        (second, "芒果大吗？", QuestionStatus.FORWARDED),
    ]
    assert [q.id for q in newest] == [second]
    assert [q.id for q in later] == [second]
    assert [(q.id, q.organiser_name) for q in lees] == [(helpers, "Lee")]
    assert only_asked not in [q.id for q in waiting]
