"""`commerce.ports.QuestionRepository`: questions passed to an organiser (`questions`).

A move is one guarded `UPDATE … WHERE status = :previous`, so of two taps of 转给团长 at once, or two
answers, one moves it and the other is told it moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.questions import AskedQuestion, QuestionStatus
from storage.tables import UtcDateTime, questions

c = questions.c


@dataclass(frozen=True)
class _Statements:
    add: Executable
    get: Select[Any]
    save: Executable
    waiting: Select[Any]


@cache
def _statements() -> _Statements:
    return _Statements(
        add=insert(questions).returning(c.id),
        get=select(questions).where(c.id == bindparam("id")),
        save=update(questions)
        .where(c.id == bindparam("qid"), c.status == bindparam("previous"))
        .values(
            status=bindparam("status"),
            answer=bindparam("answer"),
            updated_at=bindparam("at", type_=UtcDateTime()),
        )
        .returning(c.id),
        # a forwarded question's `updated_at` is when it was forwarded (answering moves it on)
        waiting=select(questions)
        .where(
            c.organiser_id == bindparam("organiser"),
            c.status == QuestionStatus.FORWARDED.value,
            c.updated_at >= bindparam("since", type_=UtcDateTime()),
        )
        .order_by(c.updated_at.desc(), c.id.desc())
        .limit(bindparam("limit")),
    )


def _question(row: Any) -> AskedQuestion:
    return AskedQuestion(
        id=int(row.id),
        chat_id=row.chat_id,
        asker_id=row.asker_id,
        asker_name=row.asker_name,
        text=row.text,
        lang=row.lang,
        organiser_id=row.organiser_id,
        organiser_name=row.organiser_name,
        group_buy_id=int(row.group_buy_id),
        created_at=row.created_at,
        status=QuestionStatus(row.status),
        answer=row.answer,
    )


class SqlQuestionRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements()

    async def add(self, question: AskedQuestion) -> AskedQuestion:
        values = {
            "chat_id": question.chat_id,
            "asker_id": question.asker_id,
            "asker_name": question.asker_name,
            "text": question.text,
            "lang": question.lang,
            "organiser_id": question.organiser_id,
            "organiser_name": question.organiser_name,
            "group_buy_id": question.group_buy_id,
            "created_at": question.created_at,
            "status": question.status.value,
            "answer": question.answer,
            "updated_at": question.created_at,
        }
        question.id = int((await self.conn.execute(self.sql.add, values)).scalar_one())
        return question

    async def get(self, question_id: int) -> AskedQuestion | None:
        row = (await self.conn.execute(self.sql.get, {"id": question_id})).first()
        return None if row is None else _question(row)

    async def save(self, question: AskedQuestion, *, previous: QuestionStatus) -> bool:
        at = question.history[-1].at if question.history else question.created_at
        params = {
            "qid": question.id,
            "previous": previous.value,
            "status": question.status.value,
            "answer": question.answer,
            "at": at,
        }
        return (await self.conn.execute(self.sql.save, params)).first() is not None

    async def waiting_for(self, organiser_id: str, *, since: datetime, limit: int) -> list[AskedQuestion]:
        params = {"organiser": organiser_id, "since": since, "limit": limit}
        rows = (await self.conn.execute(self.sql.waiting, params)).all()
        return [_question(row) for row in reversed(rows)]
