"""rep63 finding 8: the organiser's money line kept a zero clause,
`💰 已收 ¥156 · 待收 ¥468（其中已报付款待确认 ¥0）` ("(reported paid, to confirm: ¥0)"). With nothing
reported and waiting the clause is left out; with a report waiting it stays."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("cat", "+1", name="Cat")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_no_zero_clause_in_chinese() -> None:
    chat = await _closed()
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "💰 已收 ¥0 · 待收 ¥156\n" in listed + "\n", listed
    assert "¥0）" not in listed, listed
    await chat.say("bob", "我已付款 1-1", name="Bob")
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "💰 已收 ¥0 · 待收 ¥156（其中已报付款待确认 ¥78）" in listed, listed


async def test_no_zero_clause_in_english() -> None:
    chat = await _closed(english=True)
    listed = chat.said(await chat.say("amy", "/list 1", private=True))
    assert "💰 Collected ¥0 · outstanding ¥156" in listed, listed
    assert "to confirm" not in listed, listed
