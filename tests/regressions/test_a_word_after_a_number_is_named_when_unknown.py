"""Round 41 #9: `接龙 阳光玫瑰 2斤装 价格 68 目标 3 限量 5 截止 1小时` was refused as
"“目标”后面的“3 限量 5”不是整数": the number was fine, the word after it was not read.
限量 is what people write for the stock, so it is now read as 库存 (`每人限量` as 限购),
and a word no keyword after a good number is named (`看不懂“限额”…`), in Chinese and
in English."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_xianliang_is_the_stock() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory, clock=FakeClock())
    said = chat.said(await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68 目标 3 限量 5 截止 1小时"))
    assert said.startswith("团购 #1 开团了：阳光玫瑰 2斤装，¥68/份。"), said
    terms = uow_factory.state.group_buys[1].terms
    assert (terms.target, terms.stock) == (3, 5)


async def test_in_chinese_an_unknown_word_after_a_number_is_named() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    said = chat.said(await chat.say("amy", "接龙 葡萄 价格 68 目标 3 限额 5"))
    assert said == "看不懂“限额”：它跟在“目标 3”后面，不是认得的词。库存写“库存 5”，每人限购写“限购 2”。"


async def test_in_english_an_unknown_word_after_a_number_is_named() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")
    said = chat.said(await chat.say("amy", "/groupbuy Grapes price 68 target 3 cap 5"))
    assert said == (
        "I don't know “cap”, after “target 3”. "
        "For the stock write “stock 5”; for a limit per person, “limit 2”."
    )
    plain = chat.said(await chat.say("amy", "/groupbuy Grapes price 68 target 3x"))
    assert plain == "“3x” after target is not a whole number. Example: target 10"
