"""Issue #9: one member typing `/help` 300 times made the bot post 300 messages in the group, and 300
`/status` posted 300 cards. Now a member gets at most five commands a minute answered in a group (the
default of TUAN_COMMANDS_PER_MINUTE; look-ups such as `/help` and `/status` ten, joins and leaves
fifteen, counted apart), then one "slow down", then private lines only they read (fk, review 46: never a
dropped command without words): at most six messages in the group (eleven for look-ups, sixteen for
leaves), however many commands, and however many bot processes share the chats (the count is in the
shared state)."""

from __future__ import annotations

import math
import time
import uuid
from pathlib import Path

import pytest

from bot.bootstrap import Tuan, build, migrate
from bot.settings import Settings
from handlers import outbox
from handlers.types import Reply
from storage.state_memory import MemorySharedState
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LIMIT = 5  # the default
LOOKUPS = 2 * LIMIT  # `/help`, `/status`: counted apart
JOINS = 3 * LIMIT  # `+1`, `-1`: counted apart
TOLD = 6 * LIMIT  # the private lines after a "slow down", then nothing (a script)


def posted(replies: list[Reply]) -> int:
    """Messages the group sees: texts and cards (a card posted anew or edited is one message)."""
    return sum(1 for reply in replies if reply.is_card or (reply.text and not reply.private_to))


@pytest.mark.parametrize(
    ("help_", "status", "open_", "leave"),
    [
        ("/help", "/status", "/groupbuy Plums price 10 target 3 ends 2h", "-1"),
        ("帮助", "进度", "接龙 李子 价格 10 成团 3 截止 2小时", "退出"),
    ],
)
async def test_300_help_300_status_and_300_leaves_are_at_most_sixteen_messages_each(
    help_: str, status: str, open_: str, leave: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, counters=MemorySharedState().counters, outbox_platform="telegram")
    await chat.say("amy", open_)
    rows_before = len(factory.state.outbox)

    helps = [await chat.say("bob", help_) for _ in range(300)]
    statuses = [await chat.say("cat", status) for _ in range(300)]
    leaves = [await chat.say("dan", leave) for _ in range(300)]  # refused: Dan is on no list

    assert sum(posted(replies) for replies in helps) == LOOKUPS + 1
    assert sum(posted(replies) for replies in statuses) == LOOKUPS + 1
    assert sum(posted(replies) for replies in leaves) == JOINS + 1
    rows = [outbox.delivery(row).reply for row in factory.state.outbox[rows_before:]]
    in_group = [reply for reply in rows if not reply.private_to]
    assert len(in_group) == 2 * (LOOKUPS + 1) + JOINS + 1  # what the platform's relay would post: the same
    assert len(rows) == len(in_group) + 3 * TOLD  # and the private lines: thirty to each
    assert {reply.private_to for reply in rows if reply.private_to} == {"bob", "cat", "dan"}
    assert sum(1 for reply in rows if reply.is_card) == LOOKUPS  # ten cards, not 300
    toasts = [replies for replies in leaves if any(reply.toast for reply in replies)]
    assert len(toasts) == TOLD  # the thirty after the "slow down": only Dan reads them, then nothing


def at_a_minutes_start() -> float:
    """A clock offset that puts the bot half a second into a minute, so a burst stays in one window."""
    now = time.time()
    return math.ceil(now / 60) * 60 - now + 0.5


async def test_two_bot_processes_as_built_share_one_count(
    redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TUAN_COMMANDS_PER_MINUTE", raising=False)  # the default, whatever the shell says
    settings = Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}",
        redis_url=redis_url,
        clock_offset_seconds=at_a_minutes_start(),
    )
    await migrate(settings)
    processes: list[Tuan] = [await build(settings), await build(settings)]
    try:
        group = f"group-{uuid.uuid4().hex[:8]}"  # the Redis of the run is shared: a chat of its own
        chats = [Chat(tuan.app, chat_id=group) for tuan in processes]
        await chats[0].say("amy", "/groupbuy Plums price 10 target 3 ends 2h")
        replies = [await chats[n % 2].say("bob", "/status") for n in range(300)]
        replies += [await chats[n % 2].say("bob", "/help") for n in range(300)]
    finally:
        for tuan in processes:
            await tuan.aclose()

    assert sum(posted(answer) for answer in replies) == LOOKUPS + 1
    assert sum(1 for answer in replies for reply in answer if reply.is_card) == LOOKUPS
    slowed = [reply.text for answer in replies for reply in answer if "slow down" in reply.text]
    assert len(slowed) == 1
    assert slowed[0].startswith(
        "Bob, slow down: I answer at most 10 look-ups (/status, /list, /mine…) a minute"
    )
