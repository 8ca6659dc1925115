"""One transition table per aggregate: the only way a status changes, and every change recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from commerce.domain.errors import TransitionNotAllowed

S = TypeVar("S", bound=StrEnum)


@dataclass(frozen=True)
class StatusChange(Generic[S]):
    """Who moved what from where to where, when and why: the audit trail of an aggregate."""

    from_status: S
    to_status: S
    action: str
    actor: str
    at: datetime
    reason: str = ""


class TransitionTable(Generic[S]):
    """`(status, action) -> next status`; anything not listed is refused with a typed error."""

    def __init__(self, kind: str, moves: dict[tuple[S, str], S]) -> None:
        self.kind = kind
        self._moves = dict(moves)

    def next(self, current: S, action: str) -> S:
        try:
            return self._moves[(current, action)]
        except KeyError:
            raise TransitionNotAllowed(
                f"{self.kind}_{action}_not_allowed", status=current.value, action=action
            ) from None

    def allows(self, current: S, action: str) -> bool:
        return (current, action) in self._moves

    def move(self, current: S, action: str, *, actor: str, at: datetime, reason: str = "") -> StatusChange[S]:
        """The change record for `action` from `current`; raises if the table does not allow it."""
        return StatusChange(current, self.next(current, action), action, actor, at, reason)
