"""Issue #15: several workers on PostgreSQL WITHOUT Redis. Amy's `/lang en` through worker A was heard
by A only: worker B had read the chat's setting (none: the group buy's Chinese) a moment before and kept
it in its own memory, so it went on answering in Chinese for up to a minute. Without a shared state,
each worker on PostgreSQL now reads a chat's `/lang` in the unit of work that needs it
(`LanguageMemo(always_read=True)`, chosen by `bot.bootstrap.build`), so B's next answer speaks English.

Two Tuans built as production builds them (`build`: each its own engine, units of work and ChatApp), on
one real PostgreSQL database, no TUAN_REDIS_URL."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat

pytestmark = pytest.mark.postgres


@pytest.fixture
def workers(workers_without_redis: tuple[Chat, Chat]) -> tuple[Chat, Chat]:
    return workers_without_redis


def texts(replies: list[Reply]) -> str:
    return "\n".join(reply.text or "" for reply in replies)


async def test_lang_set_through_one_worker_is_spoken_by_the_other_at_its_next_answer(
    workers: tuple[Chat, Chat],
) -> None:
    a, b = workers
    await a.say("amy", "接龙 芒果 价格 10")
    joined = texts(await b.say("bob", "+1"))  # B reads the chat's setting: none, the group buy's Chinese
    assert joined.startswith("Bob 跟团：1 × 芒果（#1）"), joined

    assert a.said(await a.say("amy", "/lang en")) == "OK, I'll speak English in this chat."

    joined = texts(await b.say("cat", "+1"))  # B's very next answer: English
    assert joined.startswith("Cat is in: 1 × 芒果 (#1). Now ¥10 each."), joined

    await b.say("amy", "/lang zh")  # and back, through B this time
    joined = texts(await a.say("dan", "+1"))
    assert joined.startswith("Dan 跟团：1 × 芒果（#1）"), joined
