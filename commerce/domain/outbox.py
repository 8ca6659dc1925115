"""The transactional outbox: what must happen because of a change, written in the change's transaction.

A row is either a message for a platform to say (`send:<platform>`: a reply, a card refresh, an order
message, a reminder) or a committed event for a durable handler (`event:<handler name>`). It is written
before the commit, so it exists exactly when the change does; a relay delivers it afterwards and marks
it sent only once the platform (or the handler) accepted it, retrying with back-off, so a process that
dies between the commit and the send loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

SEND = "send:"
EVENT = "event:"
MAX_BACKOFF = timedelta(minutes=10)


def send_topic(platform: str) -> str:
    return f"{SEND}{platform}"


def event_topic(handler: str) -> str:
    return f"{EVENT}{handler}"


@dataclass(frozen=True)
class OutboxItem:
    """One row. `id` is None until stored; `payload` is JSON the writer and the relay agree on; `due_at`:
    when it may go, None when made (a row held back for a while: the console's batch notices)."""

    topic: str
    payload: str
    created_at: datetime
    chat_id: str = ""
    id: int | None = None
    attempts: int = 0
    due_at: datetime | None = None


def backoff(attempts: int) -> timedelta:
    """How long to wait before try `attempts + 1`: 1 s, 2 s, 4 s ... at most ten minutes."""
    return min(timedelta(seconds=2 ** min(attempts, 20)), MAX_BACKOFF)


@dataclass(frozen=True)
class OutboxBacklog:
    """What waits to be delivered (health checks): rows not sent yet, and when the longest-overdue of
    those already due became due (None: none is due). A row that failed has been due since it was made,
    its back-off included (a platform that cannot be reached makes the backlog late); a row never tried
    and postponed (a WeChat card waiting for its room's window) is not late before its time."""

    unsent: int
    oldest_due_at: datetime | None

    def overdue_seconds(self, now: datetime) -> float:
        """How long the longest-overdue row has waited since it became due (0: none is due)."""
        if self.oldest_due_at is None:
            return 0.0
        return max(0.0, (now - self.oldest_due_at).total_seconds())
