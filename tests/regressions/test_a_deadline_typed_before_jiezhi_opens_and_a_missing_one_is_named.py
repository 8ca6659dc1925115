"""Session 30 (review 58, item 8): `接龙 粽子 价格 10 明天晚上8点截止` (the time before 截止, as often
typed) was refused `看不懂截止时间“”。` with empty quotes, and `/new Mangoes $20 each` "I didn't
understand “each”". The time before 截止 is read as `截止 明天晚上8点`; a 截止 / ends with no time
says the time is missing (never empty quotes); `$20 each` is the price."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["接龙 粽子 价格 10 明天晚上8点截止", "接龙 粽子 10元 明天 晚上8点截止"])
async def test_the_time_before_jiezhi_is_the_deadline(typed: str) -> None:
    chat = fake_chat(clock=FakeClock())

    reply = chat.said(await chat.say("wang", typed))

    assert reply == "团购 #1 开团了：粽子，¥10/份。发 +1 或点“跟团”参加，截止 11月24日 周二 20:00。"
    assert "截止：11月24日 周二 20:00" in await chat.card()


async def test_zh_jiezhi_with_no_time_says_the_time_is_missing() -> None:
    chat = fake_chat(clock=FakeClock())

    reply = chat.said(await chat.say("wang", "接龙 粽子 价格 10 截止"))

    assert reply.startswith("“截止”后面没有写时间，没有开团。例如：截止 2小时、截止 今晚8点")
    assert "“”" not in reply


async def test_en_ends_with_no_time_says_the_time_is_missing() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")

    reply = chat.said(await chat.say("lisa", "/new Mangoes price 20 ends"))

    assert reply.startswith("The deadline is missing after “ends”: nothing was opened. Examples: ends 2h")


async def test_en_twenty_dollars_each_is_the_price() -> None:
    chat = fake_chat(clock=FakeClock(), currency="USD", default_language="en")

    reply = chat.said(await chat.say("lisa", "/new Mangoes $20 each"))

    assert reply.startswith("Group buy #1 is open: Mangoes at $20 each.")
    assert "🛒 Mangoes (#1)" in await chat.card()
