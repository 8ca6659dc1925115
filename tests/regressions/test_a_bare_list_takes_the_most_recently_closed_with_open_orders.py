"""fe-report 34: with #1 (closed later) and #2 both closed, Bob's bare `/list` showed #2, the one opened
last; fp-report 12: Amy's `/mine` footer pointed to her newest group buy (open, no orders) though
another had orders to collect. Both now name the one a user means: the most recently closed group buy
that still has open orders (unpaid, or paid and not picked up), else the most recently closed."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_closed(clock: FakeClock) -> Chat:
    """#1 Lychees and #2 Mangoes, each with Bob's order; #2 closed first, #1 an hour later."""
    room = fake_chat(clock=clock)
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("amy", "/groupbuy Mangoes price 30")
    await room.say("bob", "+1 #1")
    await room.say("bob", "+1 #2")
    await room.say("amy", "/close #2")
    clock.advance(hours=1)
    await room.say("amy", "/close #1")
    return room


async def test_a_bare_list_takes_the_most_recently_closed() -> None:
    room = await _two_closed(FakeClock())

    listed = room.said(await room.say("bob", "/list"))

    assert listed.startswith("📋 The list of Lychees (#1), 1 line:")
    footer = room.said(await room.say("amy", "/mine", private=True)).splitlines()[-1]
    assert footer == "Who paid: /list #1 here · as a spreadsheet: /export #1"


async def test_a_bare_list_skips_one_whose_orders_are_all_done() -> None:
    room = await _two_closed(FakeClock())
    await room.say("amy", "/paid 1-1")
    await room.say("amy", "/pickedup 1-1")  # #1 done with: #2 still has Bob's unpaid order

    listed = room.said(await room.say("bob", "/list"))

    assert listed.startswith("📋 The list of Mangoes (#2), 1 line:")
    footer = room.said(await room.say("amy", "/mine", private=True)).splitlines()[-1]
    assert footer == "Who paid: /list #2 here · as a spreadsheet: /export #2"


async def test_a_chinese_mine_footer_points_past_a_newer_open_one_without_orders() -> None:
    room = fake_chat(clock=FakeClock())
    await room.say("amy", "接龙 榴莲 价格 30")
    await room.say("cat", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "接龙 芒果 价格 30")

    listed = room.said(await room.say("amy", "我的团", private=True))

    assert listed.splitlines()[-1] == "谁付了款：在这里发 名单 #1 · 导出表格：导出 #1"
