"""rep99 #9: Lee joined #1 through Mia's code, then Mia joined #2 through Lee's. At payment Lee is told the
order earns her nothing (Mia brought her first: 佣金不能互相返), yet `排行` ranked her `2 buyers`, Mia among
them. A buyer the loop rule pays the sharer nothing on is no buyer she brought: the ranking counts only
those her link earns on, as 我的收益 lists them; the one who brought the other keeps him."""

from __future__ import annotations

import re

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"\d+-[2-9A-HJKMNP-Z]{4}")


async def _code(room: Chat, member: str, group_buy: int) -> str:
    found = CODE.search(room.shared(await room.say(member, f"/share #{group_buy}")))
    assert found is not None
    return found.group(0)


async def _mia_brought_lee_and_lee_brought_mia_back() -> Chat:
    clock = FakeClock()
    room = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await room.say("amy", "/groupbuy Rice price 50 ends 2h")
    await room.say("amy", "/commission 10%")
    await room.say("mia", "+1")
    await room.say("lee", f"+1 {await _code(room, 'mia', 1)}")
    clock.advance(seconds=60)
    await room.say("amy", "/groupbuy Strawberries price 30 ends 2h")
    await room.say("amy", "/commission #2 10%")
    await room.say("lee", "+1 #2")
    leesh = await _code(room, "lee", 2)
    clock.advance(seconds=60)
    await room.say("mia", f"+1 {leesh}")  # brought back by the one she brought
    await room.say("gus", f"+1 {leesh}")  # a buyer of Lee's own
    await room.say("amy", "/close #1")
    await room.say("amy", "/close #2")
    return room


async def test_the_sharer_brought_back_is_no_buyer_of_hers() -> None:
    room = await _mia_brought_lee_and_lee_brought_mia_back()

    assert room.said(await room.say("zoe", "/rank")) == (
        "🏆 Sharers of the week (by the buyers their links brought):\n1. Lee: 1 buyer\n2. Mia: 1 buyer"
    )


async def test_the_earnings_promise_nothing_on_the_one_who_brought_her() -> None:
    clock = FakeClock()
    room = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await room.say("amy", "/groupbuy Rice price 50 ends 2h")
    await room.say("amy", "/commission 10%")
    await room.say("mia", "+1")
    await room.say("lee", f"+1 {await _code(room, 'mia', 1)}")
    await room.say("amy", "/close #1")
    clock.advance(seconds=60)
    await room.say("amy", "/groupbuy Strawberries price 30 ends 2h")
    await room.say("amy", "/commission #2 10%")
    await room.say("lee", "+1 #2")
    leesh = await _code(room, "lee", 2)
    await room.say("mia", f"+1 {leesh}")
    await room.say("gus", f"+1 {leesh}")

    earned = room.said(await room.say("lee", "/earnings", private=True))

    assert "Gus joined Strawberries (#2) through what you shared (1 unit)" in earned, earned
    assert "Mia" not in earned, earned


async def test_once_paid_the_earnings_and_the_ranking_agree() -> None:
    room = await _mia_brought_lee_and_lee_brought_mia_back()
    await room.say("amy", "/paid 1-1 1-2 2-1 2-2 2-3")

    earned = room.said(await room.say("lee", "/earnings", private=True))

    assert "#2-3 Strawberries (Gus): ¥3" in earned and "Mia" not in earned, earned
    assert room.said(await room.say("zoe", "/rank")).endswith("1. Lee: 1 buyer\n2. Mia: 1 buyer")
