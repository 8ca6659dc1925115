"""rep63 finding 9: a pickup change said the new pickup twice. Moved within its day after the evening
reminder, the group read `好的，芒果（#1）的自提：小区南门 · 11月24日 周二 18:00` and under it
`⏰ 自提时间改了：小区南门 · 11月24日 周二 18:00（原 …）`. It names the new pickup once, with what it was. A
help-selling group reads its own `自提改为 …（原 …）` line, and the organiser's group one answer."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.regressions.test_a_confirm_of_another_groups_order_says_whom_it_told import bob_in_g1_and_eve_in_g2

SAID = {
    "zh": (
        "接龙 芒果 价格 88",
        "帮卖 开 10%",
        "帮卖 #1",
        "截单",
        "自提 小区南门 明天下午5点",
        "自提 小区南门 今天下午6点",
    ),
    "en": (
        "/groupbuy Mangoes price 88",
        "/helpsell on 10%",
        "/helpsell #1",
        "/close",
        "/pickup Gate 5 tomorrow 17:00",
        "/pickup Gate 5 today 18:00",
    ),
}
NEW = {"zh": "小区南门 · 11月24日 周二 18:00", "en": "Gate 5 · Tue 24 Nov 18:00"}
TOLD = {
    "zh": "⏰ 好的，芒果（#1）的自提时间改了：小区南门 · 11月24日 周二 18:00"
    "（原 小区南门 · 11月24日 周二 17:00）。"
    "之前的提醒里是原来的时间，以这条为准。",
    "en": "⏰ OK, the pickup time of Mangoes (#1) changed: Gate 5 · Tue 24 Nov 18:00 "
    "(was Gate 5 · Tue 24 Nov 17:00). The earlier reminder gave the old time: this one stands.",
}
OTHER = {
    "zh": "🛒 芒果（#1）\n自提改为 小区南门 · 11月24日 周二 18:00（原 小区南门 · 11月24日 周二 17:00）",
    "en": "🛒 Mangoes (#1)\nPickup moved to Gate 5 · Tue 24 Nov 18:00 (was Gate 5 · Tue 24 Nov 17:00)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_new_pickup_is_said_once(lang: str) -> None:
    clock = FakeClock()  # Mon 12:00 in Shanghai
    opening, helpsell, listing, close, pickup, moved = SAID[lang]
    g1 = await bob_in_g1_and_eve_in_g2(lang, opening, helpsell, listing, close, clock=clock)
    await g1.say("amy", pickup, language=lang)
    clock.advance(hours=8)  # Mon 20:00: the evening before
    await g1.pickup_reminders()()
    clock.advance(hours=14)  # Tue 10:00, the pickup's day

    replies = await g1.say("amy", moved, language=lang)
    here = [r.text for r in replies if r.text and not r.private_to and r.chat_id in (None, g1.chat_id)]
    assert len(here) == 1 and here[0].count(NEW[lang]) == 1, here
    assert here[0].startswith(TOLD[lang]), here
    there = [r.text for r in replies if r.text and r.chat_id == "g2"]
    assert there == [OTHER[lang]], there
