"""Session 8: a pickup with a time, typed back as the card shows it (the console's edit form pre-fills
it so; `/edit #1 pickup <the shown text>`), was misread: `Gate 3 · Tue 24 Nov 18:00` became `Gate 3 · ·
Tue 24 Nov … 18 …` (the day read from the hour, an extra `·` at every edit), `小区北门 · 11月24日 周二
17:00` gained a `·` each time. The shown form now reads back as the same place and time."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_pickup_edited_as_shown_keeps_its_place_and_time() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/pickup Gate 3 tomorrow 17:00")
    answer = await chat.say("amy", "/edit #1 pickup Gate 3 · Tue 24 Nov 18:00")
    assert chat.said(answer) == "Updated Mangoes (#1): pickup Gate 3 · Tue 24 Nov 18:00."
    assert "Pickup: Gate 3 · Tue 24 Nov 18:00" in (await chat.card()).splitlines()

    zh = fake_chat()
    await zh.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    await zh.say("amy", "自提 小区北门 明天下午5点")
    for _ in range(2):
        await zh.say("amy", "修改 #1 自提 小区北门 · 11月24日 周二 18:00")
    assert "自提：小区北门 · 11月24日 周二 18:00" in (await zh.card()).splitlines()
