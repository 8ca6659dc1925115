"""A question Tuan could not answer, passed to the organiser (转给团长) and answered back to the asker.

Never invent: when nothing Tuan holds answers a question, the asker may pass it, once, to the organiser
of the chat's group buy, who gets it privately; their answer goes back to the asker privately. Only the
asker passes their question on, only that organiser answers it, and once. States move only through
`QUESTION_TRANSITIONS`: asked -> forwarded -> answered. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.text import clean_text
from commerce.domain.transitions import StatusChange, TransitionTable

MAX_ANSWER = 1000  # characters of an organiser's answer


class QuestionStatus(StrEnum):
    ASKED = "asked"
    FORWARDED = "forwarded"
    ANSWERED = "answered"


QUESTION_TRANSITIONS: TransitionTable[QuestionStatus] = TransitionTable(
    "question",
    {
        (QuestionStatus.ASKED, "forward"): QuestionStatus.FORWARDED,
        (QuestionStatus.FORWARDED, "answer"): QuestionStatus.ANSWERED,
    },
)


@dataclass
class AskedQuestion:
    """What `asker_id` asked in `chat_id`, and the organiser it may go to (of group buy `group_buy_id`)."""

    id: int | None
    chat_id: str
    asker_id: str
    asker_name: str
    text: str
    lang: str
    organiser_id: str
    organiser_name: str
    group_buy_id: int
    created_at: datetime
    status: QuestionStatus = QuestionStatus.ASKED
    answer: str = ""
    history: list[StatusChange[QuestionStatus]] = field(default_factory=list)

    def forward(self, *, actor: str, now: datetime) -> None:
        """转给团长: the asker's own question, once."""
        if actor != self.asker_id:
            raise DomainError("question_not_yours", name=self.asker_name)
        if self.status is not QuestionStatus.ASKED:
            raise DomainError("question_forwarded_already", organiser=self.organiser_name)
        self._move("forward", actor, now)

    def answer_with(self, text: str, *, actor: str, now: datetime) -> None:
        """答: the organiser it was passed to answers it, once, in words."""
        if actor != self.organiser_id or self.status is QuestionStatus.ASKED:
            raise NotFound("question_not_found", id=self.id)
        answer = clean_text(text)
        if not answer:
            raise DomainError("answer_usage", id=self.id)
        if len(answer) > MAX_ANSWER:
            raise DomainError("answer_too_long", max=MAX_ANSWER)
        if self.status is QuestionStatus.ANSWERED:
            raise DomainError("question_answered_already", id=self.id, name=self.asker_name)
        self._move("answer", actor, now)
        self.answer = answer

    def _move(self, action: str, actor: str, now: datetime) -> None:
        change = QUESTION_TRANSITIONS.move(self.status, action, actor=actor, at=now)
        self.history.append(change)
        self.status = change.to_status
