"""Session 14 (fl report, item 10): `再开一团 #1` kept the pickup place but silently dropped its time
(the card said only `自提：小区北门`). The time is kept when it is still after the copy's deadline; when
it is not, it is moved on by whole days (session 27: it used to be dropped) and the organiser is told."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "pickup"),
    [
        (
            "zh",
            "接龙 荔枝 价格 15 自提 小区北门 12月5日 10:00",
            "截单",
            "再开一团 #1",
            "小区北门 · 12月5日 周六 10:00",
        ),
        (
            "en",
            "/groupbuy Lychees price 15 pickup North gate Dec 5 10:00",
            "/close",
            "/copy #1",
            "North gate · Sat 5 Dec 10:00",
        ),
    ],
)
async def test_a_copy_keeps_its_pickup_time_when_still_after_the_close(
    lang: str, opening: str, close: str, copy: str, pickup: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    announced = chat.said(await chat.say("amy", copy))

    assert pickup in await chat.card(2)
    assert "#2" in announced and "dropped" not in announced and "没有沿用" not in announced


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "dropped"),
    [
        (
            "zh",
            "接龙 荔枝 价格 15 截止 明天12:00 自提 小区北门 11月25日 10:00",
            "截单",
            "再开一团 #1",
            "自提顺延到 11月26日 周四 10:00，地点照旧，要改发 修改 #2 自提 地点 时间。",
        ),
        (
            "en",
            "/groupbuy Lychees price 15 ends tomorrow 12:00 pickup North gate Nov 25 10:00",
            "/close",
            "/copy #1",
            "Pickup moved on to Thu 26 Nov 10:00, same place; to change it send /edit #2 pickup place time.",
        ),
    ],
)
async def test_a_pickup_time_before_the_copys_close_is_said_moved_on(
    lang: str, opening: str, close: str, copy: str, dropped: str
) -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    clock.advance(days=1)  # the copy runs a day from now: past the old pickup time

    announced = chat.said(await chat.say("amy", copy))

    assert announced.endswith(dropped), announced


@pytest.mark.parametrize(
    ("lang", "opening", "close", "alike", "copy", "said"),
    [
        (
            "en",
            "/groupbuy Lychees price 15 ends tomorrow 12:00 pickup North gate Nov 25 10:00",
            "/close",
            "/groupbuy Lychee ends 3d price 12",
            "/copy #1",
            "To join this one, send +1 #3 (with its number). Pickup moved on to Thu 26 Nov 10:00",
        ),
        (
            "zh",
            "接龙 荔枝 价格 15 截止 明天12:00 自提 小区北门 11月25日 10:00",
            "截单",
            "接龙 荔枝 截止 3天 价格 12",
            "再开一团 #1",
            "跟这个团请发 +1 #3（带上编号）。自提顺延到 11月26日 周四 10:00",
        ),
    ],
)
async def test_the_look_alike_warning_before_the_moved_pickup_ends_its_sentence(
    lang: str, opening: str, close: str, alike: str, copy: str, said: str
) -> None:
    """The review's copy read `… use its number: +1 #4 The old pickup time …`: one run-on sentence (fe 19);
    a line break after the command was not enough. The warning ends with a full stop, its command inside."""
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    await chat.say("ken", alike)  # a look-alike, open
    clock.advance(days=1)

    announced = chat.said(await chat.say("amy", copy))

    assert said in announced, announced
