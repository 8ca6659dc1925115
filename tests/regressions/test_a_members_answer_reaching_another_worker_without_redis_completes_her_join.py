"""Issue #15: several workers on PostgreSQL WITHOUT Redis. The bot's questions a member answers by a bare
reply were kept in the memory of the worker that asked: Eve's `+1` reached worker A, which asked which
group buy she meant; her `2` reached worker B, which knew of no question and took it for talk, so nothing
was joined and nobody answered her. The same with the option question (`大盒` alone) and the join hint (B
never knew a card had just been shown, and A told her again once B had). Without
Redis on PostgreSQL these questions are now kept in the database (`shared_values`, on the engine of the
counted taps: `bot.bootstrap.build`), so whichever worker takes the answer completes what the other asked.

Two Tuans built as production builds them, on one real PostgreSQL database, no TUAN_REDIS_URL."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from commerce.state import Json, RoutedKeyValues
from tests.unit.handlers.conftest import Chat

pytestmark = pytest.mark.postgres

HINT = "要跟团请发“+1”（或“+2”要两份）"


@pytest.fixture
def workers(workers_without_redis: tuple[Chat, Chat]) -> tuple[Chat, Chat]:
    return workers_without_redis


async def test_a_number_answering_which_group_buy_on_the_other_worker_joins_that_one(
    workers: tuple[Chat, Chat],
) -> None:
    a, b = workers
    await a.say("amy", "开团 荔枝 价格 20")
    await a.say("amy", "开团 芒果 价格 30")
    assert "#1" in a.said(await a.say("eve", "+1"))  # which one? nothing added

    answered = b.said(await b.say("eve", "2"))

    assert answered == (
        "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。\n（“2”当作回答：#2 芒果。如果要的是数量 2，再发 +1 #2。）"
    )
    assert "Eve" in await b.card(2) and "Eve" not in await b.card(1)
    assert await a.say("eve", "2") == []  # answered once: the question is gone on every worker


async def test_an_option_named_alone_on_the_other_worker_joins_with_it(workers: tuple[Chat, Chat]) -> None:
    a, b = workers
    await a.say("amy", "接龙 丹东草莓 规格 大盒:50,小盒:30")
    assert "大盒" in a.said(await a.say("eve", "+1"))  # which option? nothing added

    answered = b.said(await b.say("eve", "大盒"))

    assert answered.startswith("Eve 跟团：1 × 丹东草莓 大盒")
    assert "Eve 大盒 ×1" in await b.card()


async def test_the_join_hint_knows_the_card_and_the_hint_the_other_worker_gave(
    workers: tuple[Chat, Chat],
) -> None:
    a, b = workers
    await a.say("amy", "接龙 海南贵妃芒 5斤 价格 88 截止 3d")  # the card shown through A

    assert b.said(await b.say("eve", "1")) == HINT  # B knows the card was just shown
    assert await a.say("eve", "2") == []  # and A that she was just told
    assert "Eve" not in await a.card()  # nothing joined


async def test_a_plain_plus_one_reads_none_of_them_from_the_database(workers: tuple[Chat, Chat]) -> None:
    a, b = workers
    await a.say("amy", "开团 荔枝 价格 20")
    values = b.app.values
    assert isinstance(values, RoutedKeyValues)
    read: list[str] = []
    get_many = values.routed.get_many

    async def noted(keys: Sequence[str]) -> list[Json | None]:
        read.extend(keys)
        return await get_many(keys)

    values.routed.get_many = noted  # type: ignore[method-assign]  # `get` reads through it too

    for member in ("eve", "bob", "dan"):
        assert "跟团" in b.said(await b.say(member, "+1"))
    await a.say("amy", "开团 芒果 价格 30")
    assert "#1" in b.said(await b.say("kim", "+1"))  # which one? asked, not read

    assert read == []
    assert "#2" in b.said(await b.say("kim", "2"))  # her answer is read
    assert set(read) == {"which_asked:test:family:kim"}
