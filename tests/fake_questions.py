"""In-memory `commerce.ports.QuestionRepository` over `tests.fakes.MemoryState`."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.questions import AskedQuestion, QuestionStatus

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeQuestions:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, question: AskedQuestion) -> AskedQuestion:
        question.id = len(self.s.questions) + 1
        self.s.questions[question.id] = replace(question, history=[])
        self.s.questions_moved[question.id] = question.created_at
        return question

    async def get(self, question_id: int) -> AskedQuestion | None:
        found = self.s.questions.get(question_id)
        return copy.deepcopy(found) if found else None

    async def save(self, question: AskedQuestion, *, previous: QuestionStatus) -> bool:
        assert question.id is not None
        if self.s.questions[question.id].status is not previous:
            return False
        self.s.questions[question.id] = replace(question, history=[])
        moved = question.history[-1].at if question.history else question.created_at
        self.s.questions_moved[question.id] = moved
        return True

    async def waiting_for(self, organiser_id: str, *, since: datetime, limit: int) -> list[AskedQuestion]:
        waiting = [
            (self.s.questions_moved[qid], qid)
            for qid, question in self.s.questions.items()
            if question.organiser_id == organiser_id
            and question.status is QuestionStatus.FORWARDED
            and self.s.questions_moved[qid] >= since
        ]
        newest = sorted(waiting)[-limit:] if limit > 0 else []
        return [copy.deepcopy(self.s.questions[qid]) for _, qid in newest]
