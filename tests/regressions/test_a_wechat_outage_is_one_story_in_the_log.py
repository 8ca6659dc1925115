"""Issue #15, session 30 (operators): while WeChat ran, its outages were not told as the database
outage is (handlers.failures: one WARNING when it starts, a line a minute at most, one "answers again
after N s"). The puppet service unreachable logged one ERROR, then nothing for as long as it lasted, and
"WeChat takes messages again" without how long; the database down logged a traceback for every card the
WeChat outbox tried to render (and every other failure of the adapter), outside the process's database
outage story. Now the gateway's outage is one story of that shape, and the adapter's failures while the
database is down join the database's story."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import ROOM, Room


class Gateway(Room):
    """The room behind a puppet service that is down until `down` is False, on a clock of our own."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False
        self.seconds = 1000.0
        self.outbox.monotonic = lambda: self.seconds

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.down:
            raise ConnectionRefusedError(111, "Connection refused")
        await super().send_text(conversation_id, text, mention_ids)


def loud(records: Sequence[logging.LogRecord]) -> list[tuple[str, str, bool]]:
    return [
        (r.levelname, r.getMessage(), r.exc_info is not None) for r in records if r.levelno >= logging.WARNING
    ]


async def test_a_gateway_outage_is_one_warning_a_line_a_minute_and_one_answers_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    room = Gateway()
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 5")
    room.down = True
    caplog.set_level(logging.DEBUG)
    for member in ("李四", "王五", "赵六", "钱七", "周八"):  # one every 25 s
        await room.say(member, "+1")
        await room.outbox.flush()
        room.seconds += 25
    failed = room.outbox.failing
    room.down = False
    said = await room.say("孙七", "+1")

    assert said[0] == "孙七 跟团：1 × 海南贵妃芒（#1）。当前 ¥30/份。"
    lines = loud(caplog.records)
    assert lines[0] == (
        "WARNING",
        f"WeChat does not take messages (ConnectionRefusedError: [Errno 111] Connection refused; a "
        f"message to {ROOM}): they are tried again, one line a minute until it takes them",
        True,
    )
    assert len(lines) == 3, lines  # the start, one line after a minute, the end
    assert lines[1][0] == "WARNING" and not lines[1][2]
    assert re.fullmatch(
        r"WeChat still takes no messages: \d+ sends failed in 75 s "
        r"\(ConnectionRefusedError: \[Errno 111\] Connection refused\)",
        lines[1][1],
    )
    assert lines[2] == (
        "WARNING",
        f"WeChat answers again after 125 s ({failed} sends failed meanwhile)",
        False,
    )
    assert failed >= 10  # five answers and five tries of the card, said in three lines


async def test_the_wechat_outboxs_failures_while_the_database_is_down_join_its_outage_story(
    caplog: pytest.LogCaptureFixture,
) -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 5")
    render = room.outbox.render_card
    down = True

    async def render_card(group_buy_id: int) -> Reply:
        if down:
            raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")
        return await render(group_buy_id)

    room.outbox.render_card = render_card
    caplog.set_level(logging.INFO)
    await room.outbox.post_card(ROOM, 1)  # the card changed: pending, posted by the outbox's loop
    for _ in range(5):  # the loop tries it again and again while the database is down
        await room.outbox.flush()
    down = False
    said = await room.say("李四", "+1")  # the database answers again

    assert said[0] == "李四 跟团：1 × 海南贵妃芒（#1）。当前 ¥30/份。"
    lines = loud(caplog.records)
    pid = os.getpid()
    assert lines[0][:2] == (
        "WARNING",
        "database unreachable (ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)): "
        f"process {pid} answers updates 5xx (Telegram sends them again), deadlines, sweeps and the outbox "
        "wait; one traceback a minute at most until it answers",
    )
    assert lines[1] == ("ERROR", "could not render the card of group buy 1; retrying later", True)
    assert re.fullmatch(rf"database answers again after \d+ s \(process {pid}\)", lines[2][1])
    assert len(lines) == 3, lines  # not a traceback per try
