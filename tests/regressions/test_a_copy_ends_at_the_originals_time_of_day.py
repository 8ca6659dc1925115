"""`再开一团 #1` copied the length of the original's run, so a group buy opened at 12:00 to end at 20:00
and copied at 12:01 the next day ended at 20:01. The copy now ends at the original deadline's time of
day (20:00), on the day its run would reach; a copy made late in the evening ends at 20:00 the next day."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


async def test_a_copy_the_next_day_ends_at_20_00_not_20_01_in_chinese() -> None:
    clock = FakeClock()  # Monday 23 November, 12:00 in Shanghai
    chat = fake_chat(clock=clock)
    await chat.say("amy", "接龙 芒果 价格 88 截止 今晚8点")
    await chat.say("bob", "+1")
    clock.advance(hours=8, minutes=30)
    await chat.say("amy", "截单")
    clock.advance(hours=15, minutes=31)  # Tuesday 12:01

    said = chat.said(await chat.say("amy", "再开一团 #1"))

    assert said == "再开一团 #2（照 #1）：芒果，¥88/份。发 +1 或点“跟团”参加，截止 11月24日 周二 20:00。"


async def test_a_copy_in_the_evening_ends_at_20_00_the_next_day_in_english() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 88 ends today 20:00")
    await chat.say("bob", "+1")
    clock.advance(hours=9)  # Monday 21:00: closed, copied at once
    await chat.say("amy", "/close")

    said = chat.said(await chat.say("amy", "/copy #1"))

    assert said == (  # 20:00 the next day, never 21:00 + the 8 h it ran (05:00)
        "Group buy #2 is open again (a copy of #1): Mangoes at ¥88 each. "
        "Join with +1 or the Join button; it closes Tue 24 Nov 20:00."
    )
