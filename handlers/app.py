"""`ChatApp`: the one object every platform adapter talks to.

INTERFACE CONTRACT (other modules are written against it; keep the signatures):

    app = ChatApp(uow_factory=..., clock=..., config=AppConfig(...), on_events=callback)
    replies = await app.handle(request)            # list[Reply], never raises for user mistakes
    card    = await app.render_card(group_buy_id)  # Reply with text+buttons, card_of and chat_id set
    replies = await app.expire(group_buy_id)       # deadline: close it; replies carry chat_id/private_to
    ids     = await app.open_deadlines()           # [(id, deadline)] for the scheduler at start-up

`on_events` receives the domain events of every committed unit of work (e.g. GroupBuyOpened, so the
scheduler can schedule its deadline).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.events import Event
from commerce.ports import Clock, UnitOfWorkFactory
from handlers.types import Reply, Request


@dataclass(frozen=True)
class AppConfig:
    currency: str = "CNY"
    timezone: str = "Asia/Shanghai"
    default_language: str = "zh"
    bot_username: str = "tuan_bot"


EventSink = Callable[[Sequence[Event]], None]


class ChatApp:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig | None = None,
        on_events: EventSink | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.config = config or AppConfig()
        self.on_events = on_events

    async def handle(self, request: Request) -> list[Reply]:
        raise NotImplementedError

    async def render_card(self, group_buy_id: int) -> Reply:
        raise NotImplementedError

    async def expire(self, group_buy_id: int) -> list[Reply]:
        raise NotImplementedError

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        raise NotImplementedError
