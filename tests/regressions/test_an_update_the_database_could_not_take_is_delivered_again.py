"""Issue #15 (an operator's review): with PostgreSQL down, a member's `+1` failed, and so did writing its
apology to the outbox; the ChatApp still returned normally, the webhook answered Telegram 200, and the
join was lost without a word to the member. Now the ChatApp raises `Unanswered` when not even the
apology could be kept, so the webhook answers 5xx and Telegram delivers the update again; once the
database is back, that delivery joins the member once."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp, Unanswered
from handlers.types import Request
from tests.fakes import DownFactory, FakeClock


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
    )


async def test_a_join_while_the_database_is_down_is_not_counted_handled_and_joins_once_when_back() -> None:
    factory = DownFactory()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(outbox_platform="test", default_language="en"),
    )
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))

    factory.down = True
    with pytest.raises(Unanswered):
        await app.handle(_say("bob", "+2", "2"))
    factory.down = False
    again = await app.handle(_say("bob", "+2", "2"))  # Telegram's next delivery of the same update

    assert again[0].text.startswith("Bob is in: 2 × Mangoes (#1).")
    assert [line.quantity for line in factory.state.lines[1].values()] == [2]


async def test_without_an_outbox_the_apology_is_the_answer_and_nothing_is_raised() -> None:
    factory = DownFactory()
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))
    factory.down = True

    answer = await app.handle(_say("bob", "+2", "2"))

    assert [reply.text for reply in answer] == [
        "Sorry, something went wrong on my side. Nothing was changed; please try again."
    ]
