"""Session 26 (report 37, finding 2): `接龙 车厘子 … 截止 2小时 付款截止 明天中午12点` opened a 2-hour
flash sale that closed tomorrow at 12:00: the `截止` inside `付款截止` was read as a second deadline
and silently won.
`付款时限 2小时` and `付款 30分钟内` were refused as an unreadable deadline or stock. Tuan has no time to pay
by: such words are refused with one message naming them, and nothing opens; so is a deadline written
twice. `限时 2小时` (a flash sale's time) is its deadline, `截止 2小时`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

CHERRIES = "接龙 车厘子 2斤 价格 99 库存 10"
ZH_REFUSAL = (
    "：付款时限不是开团的条件（这里的订单没有付款时限），没有开团。"
    "截单时间只写一次，写在“截止”后面，例如：截止 2小时。"
)
EN_REFUSAL = (
    ": a time to pay by is not a term of a group buy (orders here have none), so nothing was opened. "
    "Say when it closes once, after “ends”, e.g. ends 2h."
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (f"{CHERRIES} 截止 2小时 付款截止 明天中午12点", "“付款截止”" + ZH_REFUSAL),
        (f"{CHERRIES} 截止 今晚8点 付款时限 2小时", "“付款时限”" + ZH_REFUSAL),
        (f"{CHERRIES} 限时 2小时 付款 30分钟内", "“付款 30分钟内”" + ZH_REFUSAL),
        (
            f"{CHERRIES} 截止 2小时 截止 明天中午12点",
            "截止时间写了两次（“2小时”和“明天中午12点”），没有开团。截单时间只写一次，例如：截止 2小时",
        ),
        ("/groupbuy Cherries price 99 stock 10 ends 2h pay by tomorrow 12:00", "“pay by”" + EN_REFUSAL),
        (
            "/groupbuy Cherries price 99 ends today 20:00 payment deadline 2h",
            "“payment deadline”" + EN_REFUSAL,
        ),
        (
            "/groupbuy Cherries price 99 ends 2h deadline tomorrow 9:00",
            "The deadline is written twice (“2h” and “tomorrow 9:00”), so nothing was opened. "
            "Write it once, e.g. ends 2h",
        ),
    ],
)
async def test_a_payment_window_or_a_second_deadline_opens_nothing(opening: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())

    assert chat.said(await chat.say("amy", opening)) == expected
    assert factory.state.group_buys == {}


@pytest.mark.parametrize("opening", [f"{CHERRIES} 限时 2小时", f"{CHERRIES} 截止 2小时"])
async def test_a_flash_sales_time_is_its_deadline(opening: str) -> None:
    clock = FakeClock()
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock)

    answer = chat.said(await chat.say("amy", opening))

    assert answer == "团购 #1 开团了：车厘子 2斤，¥99/份。发 +1 或点“跟团”参加，截止 11月23日 周一 14:00。"
    assert factory.state.group_buys[1].deadline == clock.now() + timedelta(hours=2)


async def test_a_payment_window_in_the_payment_note_is_the_organisers_words() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())

    await chat.say("amy", "接龙 限时特价车厘子 价格 99 截止 2小时 收款方式 微信，请2小时内付款")

    (group_buy,) = factory.state.group_buys.values()
    assert group_buy.terms.title == "限时特价车厘子"
    assert group_buy.terms.payment_note == "微信，请2小时内付款"
