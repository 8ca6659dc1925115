"""The card's `· ¥6.50 received of ¥13` (rep102 #10) read from real storage: what the organiser received
of unpaid orders (只收到), summed in one read, as `Order.received_unpaid` counts it."""

from __future__ import annotations

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


def _say(user: str, text: str) -> Request:
    return Request(
        platform="test", chat_id="room", user_id=user, display_name=user.title(), text=text, language="en"
    )


async def test_the_part_received_is_read_and_shown_on_the_card(uow_factory: SqlUnitOfWorkFactory) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    for user, text in (
        ("amy", "/lang en"),
        ("amy", "/groupbuy Jam price 13"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("amy", "/close"),
        ("amy", "/paid 1-1 ¥6.50 only"),
        ("amy", "/paid 1-2 ¥20 only"),
    ):
        await app.handle(_say(user, text))

    async with uow_factory() as uow:
        assert await uow.orders.received_parts(1) == (2650, 3900)
        assert await uow.orders.received_parts(1, chat_id="elsewhere") == (0, 0)
    card = (await app.render_card(1)).text
    assert "💰 0/2 paid · ¥26.50 received of ¥39" in card.splitlines()
