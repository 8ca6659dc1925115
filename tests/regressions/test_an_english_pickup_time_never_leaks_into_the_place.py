"""`pickup Gate 3 the day after tomorrow 17:00` showed "Pickup: Gate 3 the · …" and `pickup Gate 3 in 2
days 17:00` the place "Gate 3 in 2 days" at tomorrow 17:00: a time said in words is read whole as the
time, in English and in Chinese, and no time word is left in the place."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


def _pickup_line(card: str) -> str:
    [line] = [line for line in card.splitlines() if line.startswith(("Pickup: ", "自提："))]
    return line


@pytest.mark.parametrize(
    ("pickup", "shown"),
    [
        ("Gate 3 the day after tomorrow 17:00", "Pickup: Gate 3 · Wed 25 Nov 17:00"),
        ("Gate 3 in 2 days 17:00", "Pickup: Gate 3 · Wed 25 Nov 17:00"),
        ("Gate 3 two days later 5pm", "Pickup: Gate 3 · Wed 25 Nov 17:00"),
        ("Gate 3 next Monday 17:00", "Pickup: Gate 3 · Mon 30 Nov 17:00"),
        ("Gate 3 in a week 10:00", "Pickup: Gate 3 · Mon 30 Nov 10:00"),
    ],
)
async def test_an_english_pickup_time_in_words_is_the_time(pickup: str, shown: str) -> None:
    chat = fake_chat()
    await chat.say("amy", f"/groupbuy Mangoes price 88 pickup {pickup}")
    assert _pickup_line(await chat.card()) == shown


@pytest.mark.parametrize(
    ("pickup", "shown"),
    [
        ("小区南门 后天 17:00", "自提：小区南门 · 11月25日 周三 17:00"),
        ("小区南门 3天后 17:00", "自提：小区南门 · 11月26日 周四 17:00"),
        ("小区南门 三天后下午5点", "自提：小区南门 · 11月26日 周四 17:00"),
    ],
)
async def test_a_chinese_pickup_time_in_words_is_the_time(pickup: str, shown: str) -> None:
    chat = fake_chat()
    await chat.say("amy", f"接龙 芒果 价格 88 自提 {pickup}")
    assert _pickup_line(await chat.card()) == shown


async def test_a_pickup_changed_in_days_keeps_its_place() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 pickup Gate 3 tomorrow 17:00")
    await chat.say("amy", "/pickup Gate 4 in 2 days 18:00")
    assert _pickup_line(await chat.card()) == "Pickup: Gate 4 · Wed 25 Nov 18:00"
