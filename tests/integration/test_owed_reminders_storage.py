"""The reminder of an order still unpaid three days after its pickup (handlers.owed_reminders) on SQLite
and PostgreSQL: `orders.owed_past_pickup` finds only the unpaid, unreported order of a group buy whose
pickup has passed, and `reminded_at` makes it once."""

from __future__ import annotations

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.owed_reminders import OwedReminders
from handlers.types import ChatKind, Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


async def test_an_order_owed_after_pickup_is_reminded_once_on_storage(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    clock = FakeClock()
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=AppConfig(default_language="en"))
    script = [
        ("amy", "/groupbuy Mangoes price 88"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("dan", "+1"),
        ("amy", "/close"),
        ("amy", "/pickup Blk 123 Tampines tomorrow 11:00"),
        ("amy", "/paid 1-1"),
        ("cat", "/ipaid 1-2"),
    ]
    for n, (user, words) in enumerate(script):
        await app.handle(
            Request(
                platform="test",
                chat_id="room",
                user_id=user,
                display_name=user.title(),
                chat_kind=ChatKind.GROUP,
                text=words,
                update_id=str(n),
            )
        )
    factory: UnitOfWorkFactory = uow_factory
    chore = OwedReminders(uow_factory=factory, clock=clock, config=app.config, outbox=app)

    clock.advance(days=3)
    assert await chore() == []
    clock.advance(days=1)
    told = {reply.private_to: reply.text for reply in await chore()}
    assert set(told) == {"dan", "amy"}
    assert "#1-3 Dan (¥88)" in told["amy"]
    assert await chore() == []
