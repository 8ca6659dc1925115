"""Review round 29 (item 12): `接龙 李子 … 截止 周三晚8点 自提 北门 周四` (a pickup day with no time) became
周四 20:00 on the card only, while other words pick 15:00 (下午) or 10:00 (上午). A day without a time is
20:00 that day, as a deadline's is (handlers.parsing.when.DEFAULT_HOUR), and the answer says so with the
command giving it an hour, at opening, by `自提` and by `修改 … 自提`, zh and en; a time with an hour (or a
part of the day) says nothing more."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SATURDAY = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # Sat 5 Dec, 10:00 in Shanghai

ZH_SAID = "自提时间没写几点，按 12月10日 周四 20:00；要改就发 修改 #1 自提 北门 周四下午3点"
EN_SAID = (
    "The pickup names a day but no time, so it is taken as Thu 10 Dec 20:00;"
    " to change it, send /edit #1 pickup Gate 1 thursday 3pm"
)


@pytest.mark.parametrize(
    ("lang", "opening", "said", "card", "example", "card_then"),
    [
        (
            "zh",
            "接龙 李子 价格 10 截止 周三晚8点 自提 北门 周四",
            ZH_SAID,
            "自提：北门 · 12月10日 周四 20:00",
            "修改 #1 自提 北门 周四下午3点",
            "自提：北门 · 12月10日 周四 15:00",
        ),
        (
            "en",
            "/groupbuy Plums price 10 ends wednesday 8pm pickup Gate 1 thursday",
            EN_SAID,
            "Pickup: Gate 1 · Thu 10 Dec 20:00",
            "/edit #1 pickup Gate 1 thursday 3pm",
            "Pickup: Gate 1 · Thu 10 Dec 15:00",
        ),
    ],
)
async def test_an_opening_says_the_hour_a_pickup_day_is_taken_as(
    lang: str, opening: str, said: str, card: str, example: str, card_then: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)

    opened = chat.said(await chat.say("amy", opening))

    assert said in opened, opened
    assert card in await chat.card(1)

    changed = chat.said(await chat.say("amy", example))  # the command it gives does what it says

    assert card_then in await chat.card(1), changed
    assert "没写几点" not in changed and "no time" not in changed, changed


@pytest.mark.parametrize(
    ("lang", "pickup", "answer", "said"),
    [
        ("zh", "自提 北门 周四", "好的，李子（#1）的自提：北门 · 12月10日 周四 20:00", ZH_SAID),
        ("zh", "修改 自提 北门 周四", "已修改 李子（#1）：自提 北门 · 12月10日 周四 20:00。", ZH_SAID),
        ("en", "/pickup Gate 1 thursday", "Pickup for Plums (#1): Gate 1 · Thu 10 Dec 20:00", EN_SAID),
        (
            "en",
            "/edit pickup Gate 1 thursday",
            "Updated Plums (#1): pickup Gate 1 · Thu 10 Dec 20:00.",
            EN_SAID,
        ),
    ],
)
async def test_a_pickup_set_later_says_the_hour_a_day_is_taken_as(
    lang: str, pickup: str, answer: str, said: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)
    title = "李子" if lang == "zh" else "Plums"
    ends = "截止 周三晚8点" if lang == "zh" else "ends wednesday 8pm"
    await chat.say(
        "amy",
        f"{'接龙' if lang == 'zh' else '/groupbuy'} {title} {'价格' if lang == 'zh' else 'price'} 10 {ends}",
    )

    replied = chat.said(await chat.say("amy", pickup))

    assert answer in replied and said in replied, replied


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("zh", "接龙 李子 价格 10 截止 周三晚8点 自提 北门 周四下午"),
        ("zh", "接龙 李子 价格 10 截止 周三晚8点 自提 北门 周四晚上8点"),
        ("zh", "接龙 李子 价格 10 截止 周三晚8点 自提 北门"),
        ("en", "/groupbuy Plums price 10 ends wednesday 8pm pickup Gate 1 thursday 6pm"),
    ],
)
async def test_a_pickup_with_its_hour_says_nothing_more(lang: str, opening: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)

    opened = chat.said(await chat.say("amy", opening))

    assert "#1" in opened and "没写几点" not in opened and "no time" not in opened, opened
