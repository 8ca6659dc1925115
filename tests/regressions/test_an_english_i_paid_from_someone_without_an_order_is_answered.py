"""Session 10: `I paid` from Dan, who has no order in the group, got no answer at all, while `我已付款`
and `/ipaid` told him he has none. `I paid` (the whole message) is answered the same way; a bare
`paid` from him is still talk."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_i_paid_from_someone_without_an_order_is_answered() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    for user, text in [("amy", "/groupbuy Bread price 10"), ("bob", "+1"), ("amy", "/close")]:
        await chat.say(user, text)

    answered = chat.said(await chat.say("dan", "I paid"))

    assert answered == "You have no order in this chat: nothing was changed. Your orders: /orders"
    assert chat.said(await chat.say("dan", "I've paid!")) == answered
    assert await chat.say("dan", "paid") == []  # talk about something else
