"""Session 14 (fl report, item 10): Ivy on 荔枝 (sold per 斤) with 2斤 re-pasted the 接龙 list with her
line raised to 3斤 and was told `Ivy 跟团：3斤 荔枝（#1）`, which reads as 3斤 more. She was brought up
to 3斤 in all, and is now told so: `现在共 3斤`. (A pasted 接龙 list is WeChat's, read as Chinese: the
English wording, `now … in all`, is in the catalog beside it.)"""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

LIST = "#接龙\n荔枝\n\n1. Bob 2斤\n2. Ivy {}斤"


async def test_a_repasted_line_with_more_says_what_she_holds_now() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 荔枝 价格 15元/斤")
    first = chat.said(await chat.say("ivy", LIST.format(2), name="Ivy"))

    more = chat.said(await chat.say("ivy", LIST.format(3), name="Ivy"))

    assert first.startswith("Ivy 跟团：2斤 荔枝（#1）。"), first  # her first line: as before
    assert more.startswith("Ivy 跟团：现在共 3斤 荔枝（#1）。"), more
    assert "Ivy 3斤" in await chat.card()
