"""Through the playground's API: a pickup time Amy sets in English reads in Chinese on the Chinese
group's card, as the other platforms render the same ChatApp card (handlers.texts.pickup)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_pickup_time_set_in_english_reads_in_chinese_on_the_card(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 阳光玫瑰葡萄 价格 88 成团 1 截止 2小时")
        answer = await api.say("家人群", "amy", "/pickup #1 Gate 4 tomorrow 18:00")
        [told] = [r["text"] for r in answer["replies"] if r["text"] and not r["card_of"]]
        assert told == "Pickup for 阳光玫瑰葡萄 (#1): Gate 4 · Tue 24 Nov 18:00"  # Amy wrote English
        [card] = [m["text"] for m in await api.messages("家人群") if m["text"].startswith("🛒 阳光玫瑰葡萄")][
            -1:
        ]
        assert "\n自提：Gate 4 · 11月24日 周二 18:00\n" in card
