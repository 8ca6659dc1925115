"""The holding period's sweep: commission pending since a payment at least TUAN_COMMISSION_HOLD_DAYS
(default 7) ago becomes available (commerce.services.ledger.released_held), on Tuan's clock, with every
sweep of the scheduler. Exactly once whatever runs it: each order's `order:<id>:available` business key
posts once, so overlapping sweeps, several processes, or a pickup at the same time post it once.
Given the app (`notices`), each earner it freed commission for is told once per sweep, in the sweep's
transaction through the outbox (handlers.commission_notices.commission_on_release)."""

from __future__ import annotations

import logging
from datetime import timedelta

from commerce.ports import Clock, UnitOfWorkFactory
from commerce.services.ledger import released_held
from handlers.app import ChatApp
from handlers.commission_notices import commission_on_release
from handlers.types import Reply

log = logging.getLogger(__name__)


class CommissionRelease:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        *,
        hold: timedelta,
        notices: ChatApp | None = None,
        platform: str | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._hold = hold
        self._app = notices
        self._platform = platform

    async def __call__(self) -> int:
        """How many orders' commission became available."""
        posted, _ = await self._sweep()
        return posted

    async def told(self) -> list[Reply]:
        """The sweep as the scheduler's chore: what it told the earners (delivered by the scheduler where
        no outbox runs; with one they are rows already)."""
        _, replies = await self._sweep()
        return replies

    async def _sweep(self) -> tuple[int, list[Reply]]:
        now = self._clock.now()
        replies: list[Reply] = []
        async with self._uow_factory() as uow:
            posted = await released_held(uow, now=now, hold=self._hold)
            if posted and self._app is not None:
                replies = await commission_on_release(
                    uow, self._platform, self._app.memo, posted, minimum_units=self._app.config.payout_minimum
                )
                await self._app.queue(uow, replies, None, now)
            await uow.commit()
        if replies and self._app is not None:
            self._app.queued()
        if posted:
            log.info("commission of %d orders became available (held %s)", len(posted), self._hold)
        return len(posted), replies
