"""Session 40 (s39 closing, "Pastes and joins"): with a limit of 4 and 1 left, Kay holding 2 sending `+3`
was told "还能再要 2 份": only 1 was there. When the stock left is below what her limit leaves her, she is
told what is left and the join that takes it; with stock enough the limit refusal stays."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_less_left_than_her_limit_allows_says_what_is_left() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10 库存 5 限购 4")
    await chat.say("amy", "+2")
    await chat.say("kay", "+2")

    reply = chat.said(await chat.say("kay", "+3"))

    assert reply == "月饼 只剩 1 份了，没有任何改动。例如：+1"
    card = await chat.card()
    assert "2. Kay ×2" in card and "剩余库存：1" in card


async def test_an_options_stock_below_her_limit_says_what_is_left_of_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies options small:8:5,large:9 limit 4")
    await chat.say("amy", "+2 small")
    await chat.say("kay", "+2 small")

    reply = chat.said(await chat.say("kay", "+3 small"))

    assert reply == "Only 1 of Pies small left; nothing was changed. Example: +1 small"
    assert "2. Kay small ×2" in await chat.card()


async def test_with_stock_enough_the_limit_refusal_stays() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10 库存 20 限购 4")
    await chat.say("kay", "+2")

    reply = chat.said(await chat.say("kay", "+3"))

    assert reply == "抱歉，月饼 每人限购 4 份，你已经有 2 份了，还能再要 2 份，没有任何改动。"
    assert "1. Kay ×2" in await chat.card()
