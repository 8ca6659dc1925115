"""rep40 item 8: `再开一团 #3 截止 明天晚上8点 价格 55` → "看不懂截止时间“明天晚上8点 价格 55”", and nothing
said a copy keeps its price. A copy takes the day's price, stock, target and limit as an opening does,
applied to the new round only; any other term is refused naming it, nothing opened."""

from __future__ import annotations

from datetime import UTC

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "price", "stock"),
    [
        (
            "zh",
            "接龙 阳光玫瑰 价格 60 库存 30",
            "截单",
            "再开一团 #1 截止 明天晚上8点 价格 55 库存 20 成团 5",
            "¥55",
            "20",
        ),
        (
            "en",
            "/groupbuy Grapes price 6 stock 30",
            "/close",
            "/reopen #1 ends tomorrow 8pm price 5.5 stock 20 target 5",
            "¥5.50",
            "20",
        ),
    ],
)
async def test_a_copy_takes_the_days_price_and_counts(
    lang: str, opening: str, close: str, copy: str, price: str, stock: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    announced = chat.said(await chat.say("amy", copy))

    assert "#2" in announced and price in announced, announced
    card = await chat.card(2)
    assert price in card, card
    async with factory() as uow:
        new, old = await uow.group_buys.get(2), await uow.group_buys.get(1)
    assert new is not None and old is not None
    assert (new.terms.stock, new.terms.target) == (int(stock), 5)
    assert new.deadline.astimezone(UTC).hour == 12  # 20:00 in Shanghai
    assert old.terms.unit_price in (6000, 600)  # the closed round unchanged


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "said"),
    [
        (
            "zh",
            "接龙 阳光玫瑰 价格 60",
            "截单",
            "再开一团 #1 截止 明天晚上8点 自提 北门",
            "再开一团时只能同时写 截止、价格、库存、成团、限购，“自提”要等开好后再用 修改 改，没有任何改动。",
        ),
        (
            "en",
            "/groupbuy Grapes price 6",
            "/close",
            "/copy #1 ends tomorrow 8pm pickup North gate",
            "A copy takes only ends, price, stock, target and limit with it; change “pickup” with /edit once "
            "it is open. Nothing was changed.",
        ),
    ],
)
async def test_a_copy_refuses_a_term_it_does_not_take_naming_it(
    lang: str, opening: str, close: str, copy: str, said: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    answer = chat.said(await chat.say("amy", copy))

    assert answer.startswith(said), answer
    async with factory() as uow:
        assert await uow.group_buys.get(2) is None
