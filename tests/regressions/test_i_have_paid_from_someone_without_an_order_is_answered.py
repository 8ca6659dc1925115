"""Session 10: `我已付款` from Dan, who has no order in the group, got no answer at all while `/ipaid`
told him he has none. `我已付款` is the report the bot's messages ask for: it is answered as `/ipaid`;
a loose `付了` from him is still chatter."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_i_have_paid_from_someone_without_an_order_is_answered() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    for user, text in [("amy", "接龙 面包 价格 10"), ("bob", "+1"), ("amy", "截单")]:
        await chat.say(user, text)

    answered = chat.said(await chat.say("dan", "我已付款"))

    assert answered == "你在本群没有订单，没有任何改动。查看订单：我的订单"
    assert await chat.say("dan", "付了") == []  # talk about something else
