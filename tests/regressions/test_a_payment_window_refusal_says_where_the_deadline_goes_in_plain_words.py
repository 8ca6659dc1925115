"""Session 27 (rep39 #9): a `pay by 6pm` in an opening was refused with "…Write when it closes once, after
ends, e.g. ends 2h": the keyword unquoted, the sentence hard to read. It now says, in plain words and in
both languages, where the deadline goes; nothing opens."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "/groupbuy Mangoes price 30 ends today 20:00 pay by 6pm",
            "“pay by”: a time to pay by is not a term of a group buy (orders here have none), so nothing was "
            "opened. Say when it closes once, after “ends”, e.g. ends 2h.",
        ),
        (
            "接龙 芒果 价格 30 截止 今晚8点 付款截止 6点",
            "“付款截止”：付款时限不是开团的条件（这里的订单没有付款时限），没有开团。"
            "截单时间只写一次，写在“截止”后面，例如：截止 2小时。",
        ),
    ],
)
async def test_a_payment_window_refusal_says_where_the_deadline_goes(opening: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())

    assert chat.said(await chat.say("amy", opening)) == expected
    assert factory.state.group_buys == {}
