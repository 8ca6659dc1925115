"""`自提 小区南门 昨天5点` was taken as a pickup point named "小区南门 昨天5点" (and `/pickup Gate 3 today
9:00` at noon as tomorrow 9:00 at "Gate 3 today"): buyers were sent to collect at a time already gone.
A pickup time that has passed is refused, naming it, and nothing changes. (The test clock is Monday
23 November 2026, 12:00 in Shanghai.)"""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LATER = "没有任何改动。请写一个还没到的时间，例如：自提 小区南门 明天下午5点"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        (
            "自提 小区南门 昨天5点",
            f"自提时间“昨天5点”已经过去了，{LATER}",
        ),
        (
            "自提 小区南门 今天 上午9点",
            f"自提时间“今天 上午9点”已经过去了，{LATER}",
        ),
        (
            "/pickup Gate 3 today 9:00",
            "The pickup time “today 9:00” has already passed: nothing was changed. Name a time still to "
            "come, e.g. /pickup Gate 3 tomorrow 17:00",
        ),
        (
            "/pickup Gate 3 yesterday 17:00",
            "The pickup time “yesterday 17:00” has already passed: nothing was changed. Name a time still "
            "to come, e.g. /pickup Gate 3 tomorrow 17:00",
        ),
    ],
)
async def test_a_pickup_time_already_gone_is_refused(typed: str, answer: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")

    assert Chat.said(await chat.say("amy", typed)) == answer
    assert factory.state.group_buys[1].terms.pickup == ""


async def test_a_pickup_time_still_to_come_is_set() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2 截止 今天下午3点")  # picked up after the close

    said = Chat.said(await chat.say("amy", "自提 小区南门 今天下午5点"))

    assert said == "好的，海南贵妃芒（#1）的自提：小区南门 · 11月23日 周一 17:00"
