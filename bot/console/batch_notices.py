"""The organiser's notice of a console batch: an admin's Mark paid, Refund or Undo paid of several ticked
orders tells each organiser once, her orders listed in one message (handlers.organiser_notices), and
never loses it.

Each order is its own transaction (one refused leaves the others done), so there is no one transaction
to write "her orders" in. Instead the transaction of each order of hers writes her notice as it stands
then (every order of hers done so far) to the outbox, held back for `HOLD`, and withdraws the one the
transaction before wrote: at every commit exactly one notice of hers waits, listing what is done. After
the batch's last order, one more transaction makes the held notices due at once. A process that stops
in between (after an order's commit, before that) loses nothing: her notice, listing every order done,
goes out when its hold ends, once. A hold that ran out while the batch still went on (one order of hers
early in a long batch of others') has let her notice go (a row due is never withdrawn: it may be on its
way): a later order of hers starts a new one.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from commerce.domain.console import Principal
from commerce.domain.outbox import OutboxItem
from handlers.app import ChatApp
from handlers.context import Context
from handlers.organiser_notices import OrganiserNotice, told_organisers

HOLD = timedelta(minutes=1)  # how long her notice waits for the batch's next order before it goes alone


@dataclass(frozen=True)
class Held:
    """An organiser's notice as one order's transaction wrote it: what it lists, its rows."""

    notices: tuple[OrganiserNotice, ...]
    rows: tuple[OutboxItem, ...]


@dataclass
class BatchNotices:
    """One batch's notices, by organiser: what her held notice lists and its rows, as committed."""

    app: ChatApp
    who: Principal
    mark: str = field(default_factory=lambda: f"batch:{secrets.token_hex(8)}")
    held: dict[str, Held] = field(default_factory=dict)

    async def write(self, ctx: Context, notices: Sequence[OrganiserNotice]) -> dict[str, Held]:
        """In an order's transaction: each organiser of `notices` her notice as it stands now, held back,
        in place of the one written before (withdrawn, unless it went already: then these alone). What
        is held once this transaction commits (`committed`)."""
        hers: dict[str, list[OrganiserNotice]] = {}
        for notice in notices:
            if notice.group_buy.organiser_id != self.who.user_id:  # her own acting tells her nothing
                hers.setdefault(notice.group_buy.organiser_id, []).append(notice)
        written: dict[str, Held] = {}
        for organiser, new in hers.items():
            before = self.held.get(organiser)
            listed: tuple[OrganiserNotice, ...] = ()
            if before is not None:
                payloads = [row.payload for row in before.rows]
                if await ctx.uow.outbox.withdraw(organiser, payloads, now=ctx.now) == len(payloads):
                    listed = before.notices  # not on its way yet: the new one says them again
            listed = (*listed, *new)
            telling = replace(ctx, organisers_told_later=None)
            replies = await told_organisers(telling, listed)
            until = ctx.now + HOLD
            rows = await self.app.queue(ctx.uow, replies, ctx.request, ctx.now, until=until, held=self.mark)
            written[organiser] = Held(listed, tuple(rows))
        return written

    def committed(self, written: dict[str, Held]) -> None:
        """What an order's transaction wrote (`write`) is what is held now."""
        self.held.update(written)

    async def release(self) -> None:
        """After the batch's last order: every notice held is due now (one transaction)."""
        if not self.held:
            return
        async with self.app.uow_factory() as uow:
            now = self.app.clock.now()
            for organiser, held in self.held.items():
                payloads = [row.payload for row in held.rows]
                await uow.outbox.bring_forward(organiser, payloads, due_at=now)
            await uow.commit()
        self.app.queued()
