"""Session 10: `代报 王阿姨 3` with only 2 left suggested "+2", which would add to the organiser's own
line. A join for someone else (代报, a friend's `+3 帮 小王`) short of stock gets its own form back."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_stock_hint_for_someone_elses_line_gives_their_form() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 面包 价格 10 库存 2")

    added = chat.said(await chat.say("amy", "代报 王阿姨 3"))
    for_friend = chat.said(await chat.say("bob", "+3 帮 小王"))
    took = chat.said(await chat.say("amy", "代报 #1 王阿姨 2"))  # the form it gave works

    assert added == "面包 只剩 2 份了，没有任何改动。例如：代报 #1 王阿姨 2"
    assert for_friend == "面包 只剩 2 份了，没有任何改动。例如：+2 帮 小王"
    assert took.startswith("Amy 代报：王阿姨 ×2 · 面包（#1）")
    assert "1. 王阿姨 ×2（Amy 代报）" in await chat.card()  # her line, not Amy's own
