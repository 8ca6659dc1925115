"""Session 10: `佣金 -5%`, `佣金 -5` and `佣金 -0.5%` typed in a group without `#N` got no reply at all
(`/commission -5%` and `佣金 #1 -5%` were refused properly), and `佣金 -5%` in private got "我没看懂".
A bare 佣金 with a negative rate gets the rate's range, wherever it is typed, and nothing changes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_negative_commission_rate_without_a_number_gets_the_rates_range() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 面包 价格 10")

    for typed, shown in [("佣金 -5%", "-5%"), ("佣金 -5", "-5%"), ("佣金 -0.5%", "-0.5%")]:
        refused = chat.said(await chat.say("amy", typed))
        assert refused == f"佣金比例须在 0% 到 50% 之间，{shown} 不行，没有任何改动。"
    in_private = chat.said(await chat.say("amy", "佣金 -5%", private=True))

    assert in_private == "佣金比例须在 0% 到 50% 之间，-5% 不行，没有任何改动。"
    assert "分享赚" not in await chat.card()  # no rate was set
    assert await chat.say("bob", "佣金 怎么算") == []  # talk stays talk
