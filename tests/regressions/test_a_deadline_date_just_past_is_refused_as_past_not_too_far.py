"""rep95 #5: `截止 12月1日` typed on 7 December (`ends 1 Dec`) was read as next December and refused as "too
far away (90 days at most)". A date without a year just behind is now the day that passed, refused as past;
one whose next turn is within the 90 days (`1月10日` in late November) is still next year's."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_date_a_few_weeks_back_is_past() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")  # 23 November 2026

    chinese = Chat.said(await chat.say("amy", "接龙 土鸡蛋 价格 30 截止 11月1日"))
    english = Chat.said(await chat.say("amy", "/groupbuy Dumplings price 10 ends 1 Nov"))
    nothing = Chat.said(await chat.say("amy", "/list"))

    assert chinese == "这个截止时间已经过去了。例如：截止 2小时、截止 明天9点、截止 周五 18:00"
    assert english == (
        "That deadline has already passed. Examples: ends 2h, ends tomorrow 9:00, ends fri 18:00"
    )
    assert nothing.startswith("There is no open group buy in this chat.")


async def test_a_date_early_next_year_still_opens() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    opened = Chat.said(await chat.say("amy", "接龙 土鸡蛋 价格 30 截止 1月10日"))

    assert opened.startswith("团购 #1 开团了：土鸡蛋，¥30/份。")
    assert "截止：1月10日 周日 20:00" in await chat.card(1)
