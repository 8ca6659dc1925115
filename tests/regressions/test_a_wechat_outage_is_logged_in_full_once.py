"""Session 13 (FV): while the puppet service could not be reached, bot/wechat/outbox.py logged a full
traceback for every message it tried (every answer, every retry of a pending card), though the README
promises an outage "logged in full once". Now the first send WeChat does not take is logged with its
traceback, the next ones quietly (the relay logs a line per row and try), and the first send that goes
through again says so in one line, as bot/telegram/outbox.py does."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest

from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import ROOM, Room


class Unreachable(Room):
    """The room, behind a puppet service that is down until `down` is False."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.down:
            raise ConnectionRefusedError(111, "Connection refused")
        await super().send_text(conversation_id, text, mention_ids)


def loud(records: Sequence[logging.LogRecord]) -> list[tuple[str, int, bool]]:
    """The records at WARNING or above: (message, level, with a traceback)."""
    return [
        (r.getMessage(), r.levelno, r.exc_info is not None) for r in records if r.levelno >= logging.WARNING
    ]


async def test_an_outage_is_logged_in_full_once_then_quietly_until_wechat_takes_messages_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    room = Unreachable()
    room.outbox.monotonic = lambda: 100.0  # the outage's length, as the log says it: 0 s here
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 5")
    room.down = True
    caplog.set_level(logging.DEBUG)

    for member in ("李四", "王五", "赵六"):  # each: an answer and the card (pending, retried)
        assert await room.say(member, "+1") == []
        await room.outbox.flush()

    assert loud(caplog.records) == [
        (
            f"WeChat does not take messages (ConnectionRefusedError: [Errno 111] Connection refused; a "
            f"message to {ROOM}): they are tried again, one line a minute until it takes them",
            logging.WARNING,
            True,
        )
    ]  # session 30: a WARNING (the outage story's start, as the database's), its traceback once
    failed = room.outbox.failing
    assert failed >= 6  # three answers and at least three tries of the card

    caplog.clear()
    room.down = False
    said = await room.say("孙七", "+1")

    assert said[0] == "孙七 跟团：1 × 海南贵妃芒（#1）。当前 ¥30/份。"
    assert loud(caplog.records) == [
        (f"WeChat answers again after 0 s ({failed} sends failed meanwhile)", logging.WARNING, False)
    ]
