"""rep40 ("What a 团长 missed"): every daily `再开一团` dropped yesterday's pickup time (`…不在新的截止之后，
没有沿用`), so the organiser sent `自提 #N …` each morning. The copied pickup moves on by whole days, same
place and clock time, to the first one after the new deadline; the answer says so and the card shows it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy", "said", "card"),
    [
        (
            "zh",
            "接龙 阳光玫瑰 价格 60 截止 今天20:00 自提 小区南门 明天17:00",
            "截单",
            "再开一团 #1",
            "自提顺延到 11月25日 周三 17:00，地点照旧，要改发 修改 #2 自提 地点 时间。",
            "小区南门 · 11月25日 周三 17:00",
        ),
        (
            "en",
            "/groupbuy Grapes price 60 ends today 20:00 pickup South gate tomorrow 17:00",
            "/close",
            "/copy #1",
            "Pickup moved on to Wed 25 Nov 17:00, same place; to change it send /edit #2 pickup place time.",
            "South gate · Wed 25 Nov 17:00",
        ),
    ],
)
async def test_a_daily_copy_moves_its_pickup_on_by_whole_days(
    lang: str, opening: str, close: str, copy: str, said: str, card: str
) -> None:
    clock = FakeClock()  # Mon 23 Nov 12:00 Shanghai
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=lang)
    await chat.say("amy", opening)  # ends Mon 20:00, pickup Tue 17:00
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    clock.advance(days=1, hours=1)  # Tue 13:00: the copy ends Tue 20:00, after Tue's pickup

    announced = chat.said(await chat.say("amy", copy))

    assert announced.endswith(said), announced
    assert card in await chat.card(2)
