"""What every scheduled chore of the chat layer holds: the units of work, the clock, the app's settings,
the outbox its messages go through, the chats' timezone and the language memo. The scheduler's sweep
calls each chore (bot/bootstrap.py registers them); a chore claims its own work in the transaction that
writes its messages, so sweeps, restarts and several processes do it once."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from commerce.ports import Clock, UnitOfWorkFactory
from handlers.config import AppConfig
from handlers.memo import LanguageMemo
from handlers.payments import Outbox


class Chore:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        outbox: Outbox,
        memo: LanguageMemo | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.config = config
        self.outbox = outbox
        self.tz = ZoneInfo(config.timezone)
        self.memo = memo or LanguageMemo()
