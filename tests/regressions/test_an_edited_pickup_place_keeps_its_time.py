"""Session 14 (README review): `/edit #1 pickup Gate 7` (`修改 #1 自提 小区南门`) dropped a pickup time
already set, while `/pickup #1 Gate 7` keeps it (README: a pickup in /edit is read as /pickup reads
it). The card lost the time, and with it the evening-before reminder. Both now share one reading: only
a place keeps the time, only a time keeps the place."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_edited_pickup_place_keeps_its_time() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Durian price 88")
    await chat.say("amy", "/pickup #1 Gate 3 tomorrow 21:00")
    answer = await chat.say("amy", "/edit #1 pickup Gate 7")
    assert chat.said(answer) == "Updated Durian (#1): pickup Gate 7 · Tue 24 Nov 21:00."
    assert "Pickup: Gate 7 · Tue 24 Nov 21:00" in (await chat.card()).splitlines()

    answer = await chat.say("amy", "/edit #1 pickup tomorrow 18:00")  # only a time: the place stays
    assert chat.said(answer) == "Updated Durian (#1): pickup Gate 7 · Tue 24 Nov 18:00."


async def test_a_chinese_edited_pickup_place_keeps_its_time() -> None:
    zh = fake_chat()
    await zh.say("amy", "接龙 榴莲 价格 88 成团 2")
    await zh.say("amy", "自提 小区北门 明天晚上9点")
    answer = await zh.say("amy", "修改 #1 自提 小区南门")
    assert zh.said(answer) == "已修改 榴莲（#1）：自提 小区南门 · 11月24日 周二 21:00。"
    assert "自提：小区南门 · 11月24日 周二 21:00" in (await zh.card()).splitlines()
