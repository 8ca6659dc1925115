"""Housekeeping the scheduler's sweep runs: forgetting processed updates nobody will send again, and
outbox rows that were sent (kept as long, for looking into what the bot said).

`processed_updates` keeps every platform update id with its first answer, so a repeat changes nothing;
kept forever it only grows. No platform redelivers after a day or two, so ids older than
TUAN_KEEP_UPDATES_DAYS (default 7) go, at most once an hour whatever the sweep's pace. Their
`created_at` is real time (storage writes `datetime.now`), so the cut-off is too, not Tuan's clock,
which tests and the playground move forward. Several processes pruning is harmless: one DELETE each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.clock import real_now
from commerce.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)

PRUNE_EVERY = timedelta(hours=1)


class UpdatePruner:
    """Call it as often as you like: it deletes processed updates older than `keep` once per `every`."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        keep: timedelta,
        every: timedelta = PRUNE_EVERY,
        now: Callable[[], datetime] = real_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._keep = keep
        self._every = every
        self._now = now
        self._last: datetime | None = None

    async def __call__(self) -> int | None:
        """How many were forgotten, or None when the last prune was less than `every` ago."""
        now = self._now()
        if self._last is not None and now - self._last < self._every:
            return None
        self._last = now  # a failure waits for the next hour too, rather than retrying every sweep
        async with self._uow_factory() as uow:
            forgotten = await uow.updates.prune(now - self._keep)
            sent = await uow.outbox.prune_sent(now - self._keep)
            await uow.commit()
        if forgotten or sent:
            log.info(
                "forgot %d processed updates and %d sent outbox rows older than %s",
                forgotten,
                sent,
                self._keep,
            )
        return forgotten
