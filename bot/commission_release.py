"""The holding period's sweep: commission pending since a payment at least TUAN_COMMISSION_HOLD_DAYS
(default 7) ago becomes available (commerce.services.ledger.release_held), on Tuan's clock, with every
sweep of the scheduler. Exactly once whatever runs it: each order's `order:<id>:available` business key
posts once, so overlapping sweeps, several processes, or a pickup at the same time post it once."""

from __future__ import annotations

import logging
from datetime import timedelta

from commerce.ports import Clock, UnitOfWorkFactory
from commerce.services.ledger import release_held

log = logging.getLogger(__name__)


class CommissionRelease:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, *, hold: timedelta) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._hold = hold

    async def __call__(self) -> int:
        """How many orders' commission became available."""
        async with self._uow_factory() as uow:
            released = await release_held(uow, now=self._clock.now(), hold=self._hold)
            await uow.commit()
        if released:
            log.info("commission of %d orders became available (held %s)", released, self._hold)
        return released
