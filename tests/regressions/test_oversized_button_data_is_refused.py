"""Issue #8: tapped button data is the member's client talking; `gb:join:9223372036854775808` once
reached `int()` and the storage unchecked. Any data that is not a valid button (an id beyond the
INTEGER ids, a negative one, 5000 digits, non-ASCII digits) gets the stale-button toast and changes nothing.
"""

from __future__ import annotations

import copy
import logging
from typing import cast

import pytest

from commerce.domain.events import Event
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.texts import t
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

REFUSED = [
    "gb:join:9223372036854775808",
    "gb:join:2147483648",
    "gb:join:-1",
    "gb:join:" + "9" * 5000,
    "gb:join:１",  # a full-width 1: NFKC would read it as 1, a button never carries it
    "gb:join:١",  # an Arabic-Indic 1, which int() takes
    "gb:加入:1",
    "od:pay:9223372036854775808",
    "gb:pay:9223372036854775808",
]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_oversized_or_foreign_button_data_gets_the_stale_toast_and_changes_nothing(
    lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    uow_factory = FakeUnitOfWorkFactory()
    events: list[Event] = []
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=FakeClock(),
        config=AppConfig(),
        on_events=events.extend,
    )
    chat = Chat(app)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    await chat.say("amy", f"/lang {lang}")
    await chat.tap("bob", "gb:join:1")
    before = copy.deepcopy(uow_factory.state)
    card = await chat.card(1)
    events.clear()
    caplog.set_level(logging.INFO)

    for n, data in enumerate(REFUSED):
        replies = await chat.tap("bob", data, update_id=f"cb{n}")

        assert replies == [Reply(toast=t(lang, "button_stale"), language=lang)], data

    state = uow_factory.state
    assert (state.group_buys, state.lines, state.orders, state.languages, state.visits) == (
        before.group_buys,
        before.lines,
        before.orders,
        before.languages,
        before.visits,
    )
    assert events == []
    assert await chat.card(1) == card
    assert [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info] == []
