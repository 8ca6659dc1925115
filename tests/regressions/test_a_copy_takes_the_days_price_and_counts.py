"""rep40 item 8: `再开一团 #3 截止 明天晚上8点 价格 55` → "看不懂截止时间“明天晚上8点 价格 55”", and nothing
said a copy keeps its price. A copy takes the day's price, stock, target and limit as an opening does,
applied to the new round only (a tier not below the new price dropped, and said); on a buy with
options the price and stock are each option's: refused saying so; any other term is refused naming it,
nothing opened."""

from __future__ import annotations

from datetime import UTC

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "price", "stock", "dropped"),
    [
        (
            "zh",
            "接龙 阳光玫瑰 价格 60 库存 30 阶梯 10:58,20:50",
            "截单",
            "再开一团 #1 截止 明天晚上8点 价格 55 库存 20 成团 5",
            "¥55",
            "20",
            "满10份 ¥58 不比新价 ¥55 低，不再适用，已去掉。",
        ),
        (
            "en",
            "/groupbuy Grapes price 6 stock 30 tiers 10:5.8,20:5",
            "/close",
            "/reopen #1 ends tomorrow 8pm price 5.5 stock 20 target 5",
            "¥5.50",
            "20",
            "Tiers not below the new price ¥5.50 no longer apply and were taken off: 10+ ¥5.80.",
        ),
    ],
)
async def test_a_copy_takes_the_days_price_and_counts(
    lang: str, opening: str, close: str, copy: str, price: str, stock: str, dropped: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    announced = chat.said(await chat.say("amy", copy))

    assert "#2" in announced and price in announced, announced
    assert dropped in announced, announced  # the tier not below the day's price
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


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "said"),
    [
        (
            "zh",
            "接龙 水蜜桃 规格 大盒:68 小盒:39",
            "截单",
            "再开一团 #1 价格 55",
            "水蜜桃 有多个规格，每个规格有自己的价格和库存，再开一团时不能一起写“价格”，没有任何改动。"
            "先不带它再开一团，开好后用新团的团号 N（卡片上有）写上规格名改，例如：修改 #N 大盒 价格 55",
        ),
        (
            "en",
            "/groupbuy Peaches options large:6.8 small:3.9",
            "/close",
            "/copy #1 stock 5",
            "Peaches has options, each with its own price and stock, so a copy cannot take “stock”: "
            "nothing was changed. Copy it without, then name the option with the new round's number N (its "
            "card says it): /edit #N large stock 5",
        ),
    ],
)
async def test_a_copy_of_an_options_buy_says_its_price_is_each_options(
    lang: str, opening: str, close: str, copy: str, said: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1 #1 " + ("大盒" if lang == "zh" else "large"))
    await chat.say("amy", close)

    assert chat.said(await chat.say("amy", copy)) == said
    async with factory() as uow:
        assert await uow.group_buys.get(2) is None
