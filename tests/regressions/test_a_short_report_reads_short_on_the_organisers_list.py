"""rep62 finding 1: Cat's `我已付款 1-2 10元` (owing ¥156) and Bob's `I paid 1-1 20 yuan` (owing ¥78)
read on Amy's `名单 #1` as `💸已报付款，待确认`, and its money line as `其中已报付款待确认 ¥234`,
as if the whole of both were waiting. Each line now says what was reported and the gap, and
"to confirm" counts what was reported."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _reported(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("bob", "/ipaid 1-1 20" if english else "我已付款 1-1 20元")
    await chat.say("cat", "/ipaid 1-2 10" if english else "我已付款 1-2 10元")
    return chat


async def test_each_line_says_what_was_reported_and_the_gap() -> None:
    chat = await _reported()
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-1 共 ¥78 · 💸已报付款 ¥20，差 ¥58，待确认" in listed, listed
    assert "订单 #1-2 共 ¥156 · 💸已报付款 ¥10，差 ¥146，待确认" in listed, listed
    assert "💰 已收 ¥0 · 待收 ¥234（其中已报付款待确认 ¥30）" in listed, listed


async def test_in_english_too() -> None:
    chat = await _reported(english=True)
    listed = chat.said(await chat.say("amy", "/list #1", private=True))
    assert "💸 reported paid ¥10, ¥146 short, to confirm" in listed, listed
    assert "(reported paid, to confirm: ¥30)" in listed, listed


async def test_a_whole_report_reads_as_before() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("cat", "+2")
    await chat.say("amy", "截单")
    await chat.say("cat", "我已付款 1-1")
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-1 共 ¥156 · 💸已报付款，待确认" in listed, listed
    assert "（其中已报付款待确认 ¥156）" in listed, listed
