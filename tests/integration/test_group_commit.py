"""Group commit (storage.group_commit) through the real ChatApp, on SQLite and PostgreSQL: joins that
arrive together share one transaction and one COMMIT, and each is still answered on its own, all or
nothing for itself."""

from __future__ import annotations

import asyncio
import itertools
import re
from typing import Any

import aiosqlite
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.app import AppConfig, ChatApp, Unanswered
from handlers.types import Reply, Request
from storage import group_commit
from storage.db import make_engine
from storage.group_commit import DEFAULT_CAP as DEFAULT_BATCH
from storage.migrate import models
from storage.repositories import SqlGroupBuyRepository
from storage.tables import outbox, processed_updates
from storage.uow import BACKGROUND_YIELDS, SqlUnitOfWorkFactory, background
from tests.fakes import FakeClock

ROOM = "room"
SOLD_OUT = "Sorry, Mangoes is sold out."


def _app(factory: SqlUnitOfWorkFactory) -> ChatApp:
    # as in production: every reply is an outbox row written in the join's transaction; each join in a
    # unit of work of its own (this file tests group commit: a batch's one pass is test_join_batches.py)
    config = AppConfig(outbox_platform="telegram", join_batches=False)
    return ChatApp(uow_factory=factory, clock=FakeClock(), config=config)


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="test",
        chat_id=ROOM,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language="en",
    )


async def _open(app: ChatApp, terms: str) -> int:
    opened = await app.handle(_say("organiser", f"/groupbuy Mangoes price 88 {terms}", "open"))
    return next(r.card_of for r in opened if r.card_of is not None)


async def _lines(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> tuple[int, dict[str, int]]:
    async with factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
        lines = await uow.group_buys.participants(group_buy_id)
    assert found is not None
    return found.sold, {line.user_id: line.quantity for line in lines}


async def _count(factory: SqlUnitOfWorkFactory, statement: object) -> int:
    async with factory.engine.connect() as conn:
        return int((await conn.execute(statement)).scalar_one())  # type: ignore[call-overload]


async def _together(app: ChatApp, requests: list[Request]) -> list[list[Reply]]:
    """The requests handled at once: one batch (the first runs while the others queue)."""
    return list(await asyncio.gather(*(app.handle(request) for request in requests)))


async def test_many_joins_at_once_sell_exactly_the_stock_and_each_answer_matches_the_database(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 25")
    assert grouped.group is not None
    before = grouped.group.transactions

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(120)])

    sold, lines = await _lines(grouped, group_buy_id)
    assert sold == 25 and len(lines) == 25 and set(lines.values()) == {1}
    for i, replies in enumerate(answers):
        text = replies[0].text
        if f"buyer{i}" in lines:
            assert text.startswith(f"Buyer{i} is in: 1 × Mangoes (#{group_buy_id})."), text
        else:
            assert text.startswith(f"Buyer{i}: {SOLD_OUT}"), text
    # batched: far fewer transactions than joins (a batch holds at most 64)
    assert 2 <= grouped.group.transactions - before <= 4
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    assert await _count(grouped, queued) >= 121  # every answer queued, in its join's transaction


@pytest.mark.parametrize("engine_path", ["sqlite"], indirect=True)  # SQLite's fast path only
async def test_a_batchs_later_joins_on_sqlite_cost_no_trip_to_its_thread(
    grouped: SqlUnitOfWorkFactory, engine_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite's fast path a batch of joins makes two trips to aiosqlite's thread however many joins
    it holds: BEGIN IMMEDIATE with the first read, and the COMMIT. Every statement in between (reads,
    guarded writes, savepoints, outbox rows, claims) runs on the event loop's thread inside the
    transaction that holds the write lock, where it waits for no lock and writes nothing to disk.
    Before, each join cost two or three trips."""
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 15")
    assert grouped.group is not None
    before = grouped.group.transactions
    trips = [0]
    run = aiosqlite.Connection._execute

    async def counted(conn: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips[0] += 1
        return await run(conn, fn, *args, **kwargs)  # type: ignore[no-untyped-call]

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(20)])

    assert grouped.group.transactions - before == 1  # one batch
    assert trips == [2]
    sold, lines = await _lines(grouped, group_buy_id)
    assert sold == 15 and set(lines) == {f"buyer{i}" for i in range(15)}
    for i, replies in enumerate(answers):
        expected = f"Buyer{i} is in: 1 × Mangoes (#{group_buy_id})." if i < 15 else f"Buyer{i}: {SOLD_OUT}"
        assert replies[0].text.startswith(expected), replies[0].text
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    assert await _count(grouped, queued) >= 21  # every answer queued, in its join's transaction


async def test_an_in_memory_sqlite_database_sells_a_batch_right_with_every_statement_on_its_thread() -> None:
    """SQLAlchemy opens an in-memory database for aiosqlite's thread alone (`check_same_thread`): there
    the statements inside the write lock keep taking the trip (storage.sqlite_driver `_any_thread`),
    and a batch of joins is answered and sold as on a file."""
    engine = make_engine("sqlite+aiosqlite://")
    async with engine.begin() as conn:
        await conn.run_sync(models().create_all)
    factory = SqlUnitOfWorkFactory(engine, group_commit=True)
    try:
        app = _app(factory)
        group_buy_id = await _open(app, "stock 3")

        answers = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(5)])

        texts = [replies[0].text for replies in answers]
        for i, text in enumerate(texts):
            expected = f"Buyer{i} is in: 1 × Mangoes (#{group_buy_id})." if i < 3 else f"Buyer{i}: {SOLD_OUT}"
            assert text.startswith(expected), text
        sold, lines = await _lines(factory, group_buy_id)
        assert sold == 3 and set(lines) == {"buyer0", "buyer1", "buyer2"}
    finally:
        await factory.dispose()


async def test_a_batch_reads_the_chats_open_group_buys_once_and_sells_as_it_would_read_each_time(
    grouped: SqlUnitOfWorkFactory, engine_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every `+1` asks which group buys are open in the chat; a batch's members share one transaction,
    so its later members take what the first read, as the batch's own writes left it (storage.snapshots):
    one read a batch where the joins' writes go straight to the driver (the stock route reads each time)."""
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 4")
    reads = [0]
    run = SqlGroupBuyRepository._rows

    async def counted(repo: SqlGroupBuyRepository, statement: Any, *args: Any, **kwargs: Any) -> Any:
        if statement is repo.sql.open_in_chat:
            reads[0] += 1
        return await run(repo, statement, *args, **kwargs)

    monkeypatch.setattr(SqlGroupBuyRepository, "_rows", counted)

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(6)])

    assert reads == [6 if engine_path.endswith("-stock") else 1]
    for i, replies in enumerate(answers):
        expected = f"Buyer{i} is in: 1 × Mangoes (#{group_buy_id})." if i < 4 else f"Buyer{i}: {SOLD_OUT}"
        assert replies[0].text.startswith(expected), replies[0].text
    card = await app.handle(_say("buyer0", "/list", "list"))  # the lines as they were written
    listed = "\n".join(f"{i + 1}. Buyer{i} ×1" for i in range(4))
    assert card[0].text == f"📋 The list of Mangoes (#{group_buy_id}), 4 lines:\n{listed}"


async def test_a_join_that_breaks_a_rule_in_a_batch_is_refused_and_the_others_commit(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 50 limit 2")
    await app.handle(_say("greedy", "+2", "first"))
    assert grouped.group is not None
    before = grouped.group.transactions

    requests = [_say(f"buyer{i}", "+1", f"u{i}") for i in range(6)]
    requests.insert(3, _say("greedy", "+1", "over"))  # already has 2 of 2
    requests.insert(5, _say("buyer1", "+1", "u1"))  # buyer1's update delivered twice, in the batch
    answers = await _together(app, requests)

    assert grouped.group.transactions - before == 1  # one batch
    assert answers[3][0].text == (
        "Sorry, Mangoes is limited to 2 per person and you already have 2: that is the most you may take."
        " Nothing was changed."
    )
    assert answers[5] == answers[1] and answers[1][0].text.startswith("Buyer1 is in: 1 × Mangoes")
    sold, lines = await _lines(grouped, group_buy_id)
    assert lines == {"greedy": 2, **{f"buyer{i}": 1 for i in range(6)}} and sold == 8
    # the repeat was answered once: one claim, and the first answer's rows only
    claims = select(func.count()).select_from(processed_updates).where(processed_updates.c.key.contains("u1"))
    assert await _count(grouped, claims) == 1


async def test_a_commit_that_fails_fails_every_join_of_its_batch_and_changes_nothing(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 50")
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)

    async def failing(conn: AsyncConnection) -> None:
        await conn.rollback()
        raise OSError("disk I/O error (injected)")

    monkeypatch.setattr(group_commit, "commit", failing)
    requests = [_say(f"buyer{i}", "+1", f"u{i}") for i in range(8)]
    outcomes = await asyncio.gather(*(app.handle(request) for request in requests), return_exceptions=True)
    monkeypatch.undo()

    # not even the apologies could be committed (every commit fails): each update is left to be
    # delivered again (a webhook answers 5xx), none counted handled
    assert all(isinstance(outcome, Unanswered) for outcome in outcomes), outcomes
    assert await _lines(grouped, group_buy_id) == (0, {})
    assert await _count(grouped, queued) == rows_before
    # nothing was claimed: the same updates, delivered again, now join
    again = await _together(app, requests)
    assert all(replies[0].text.startswith(f"Buyer{i} is in") for i, replies in enumerate(again))
    assert (await _lines(grouped, group_buy_id))[0] == 8


async def test_a_lone_join_pays_no_savepoint_and_commits_with_its_last_statement(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """Under no load a join costs what it did: one member per transaction, no savepoint."""
    app = _app(grouped)
    group_buy_id = await _open(app, "stock 5")
    assert grouped.group is not None
    before = (grouped.group.transactions, grouped.group.members)

    for i in range(3):
        replies = await app.handle(_say(f"buyer{i}", "+1", f"u{i}"))
        assert replies[0].text.startswith(f"Buyer{i} is in")

    assert (grouped.group.transactions - before[0], grouped.group.members - before[1]) == (3, 3)
    assert await _lines(grouped, group_buy_id) == (3, {"buyer0": 1, "buyer1": 1, "buyer2": 1})


_chats = itertools.count()
JOIN, REPEAT, LEAVE, RESTOCK, CLOSE = range(5)
# (member 0-3, units 1-3, what: a join, the update before delivered again, a leave, or the organiser
# setting the stock to 2 + units or closing; joins mostly). The organiser's changes come between joins
# of one batch, whose later members must not decide on the group buy as an earlier member read it
# (storage.snapshots).
JOINS = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.integers(1, 3),
        st.sampled_from([JOIN, JOIN, JOIN, REPEAT, LEAVE, RESTOCK, CLOSE]),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(joins=JOINS, careful=st.booleans())
def test_a_batch_answers_as_the_same_joins_one_after_another_would(
    database_url: str, engine_path: str, joins: list[tuple[int, int, int]], careful: bool
) -> None:
    """Any batch (over the per-person limit, past the stock, repeated updates, leaves, the stock changed
    or the group buy closed between two joins, in any order), with later members' savepoints or
    without (PostgreSQL, optimistic: a member that must be undone runs the batch again, each alone):
    every message answered as it would have been alone, in arrival order, and the database agrees."""
    asyncio.run(_batch_against_one_by_one(database_url, engine_path, joins, careful=careful))


def _said(room: str, group_buy_id: int, member: int, units: int, what: int) -> tuple[str, str]:
    if what == RESTOCK:
        return "organiser", f"/edit #{group_buy_id} stock {2 + units}"
    if what == CLOSE:
        return "organiser", f"/close #{group_buy_id}"
    return f"m{member}", f"-{units}" if what == LEAVE else f"+{units}"


async def _batch_against_one_by_one(
    url: str, engine_path: str, joins: list[tuple[int, int, int]], *, careful: bool
) -> None:
    fast = not engine_path.endswith("-stock")
    grouped = SqlUnitOfWorkFactory(make_engine(url, fast_path=fast), group_commit=True)
    alone = SqlUnitOfWorkFactory(make_engine(url, fast_path=fast))
    try:
        results = []
        for factory in (grouped, alone):
            app, room = _app(factory), f"room{next(_chats)}"
            opened = await app.handle(
                _in(room, "organiser", "/groupbuy Mangoes price 88 stock 5 limit 3", "o")
            )
            group_buy_id = next(r.card_of for r in opened if r.card_of is not None)
            requests: list[Request] = []
            for i, (member, units, what) in enumerate(joins):
                if what == REPEAT and requests:
                    requests.append(requests[-1])
                    continue
                user, text = _said(room, group_buy_id, member, units, what)
                requests.append(_in(room, user, text, f"u{i}"))
            if factory is grouped:
                assert grouped.group is not None
                grouped.group.careful = group_commit.CAREFUL_TRANSACTIONS if careful else 0
                before = grouped.group.transactions
                answers = await _together(app, requests)
                undone_with_all = not careful and grouped.group.careful
                if all(what in (JOIN, REPEAT) for _, _, what in joins) and not undone_with_all:
                    assert grouped.group.transactions - before == 1  # one batch
            else:
                answers = [await app.handle(request) for request in requests]
            texts = [[_numbers_out(reply.text) for reply in replies] for replies in answers]
            results.append((texts, await _lines(factory, group_buy_id)))
        assert results[0] == results[1]
        sold, lines = results[0][1]
        assert sold == sum(lines.values()) and all(units <= 3 for units in lines.values())
    finally:
        await grouped.dispose()
        await alone.dispose()


def _numbers_out(text: str) -> str:
    """Each run opens its own group buy: its number, and its orders' (`3-1`), told apart."""
    return re.sub(r"\b\d+-(\d+)\b", r"N-\1", re.sub(r"#\d+", "#id", text))


def _in(room: str, user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="test",
        chat_id=room,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language="en",
    )


async def test_work_in_the_background_gets_a_connection_between_batches(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """A lane with joins always queued still gives its connection back between batches to a unit
    that keeps its own transaction (a big close's later orders), so that one is never starved: it
    lets queued work go first at most `BACKGROUND_YIELDS` times (here a batch each time), as before."""
    app = _app(grouped)
    await _open(app, "stock 5000")
    finished: list[str] = []

    async def joining(i: int) -> None:
        await app.handle(_say(f"buyer{i}", "+1", f"u{i}"))
        finished.append(f"buyer{i}")

    async def in_background() -> None:
        await asyncio.sleep(0.01)  # the joins hold the lane by now
        with background():
            async with grouped() as uow:
                await uow.chats.set_language("elsewhere", "en")
                await uow.commit()
        finished.append("background")

    joins = (BACKGROUND_YIELDS + 3) * DEFAULT_BATCH
    await asyncio.gather(in_background(), *(joining(i) for i in range(joins)))

    assert finished.index("background") <= (BACKGROUND_YIELDS + 1) * DEFAULT_BATCH
    assert len(finished) == joins + 1
    async with grouped() as uow:
        assert await uow.chats.language("elsewhere") == "en"


def _count_savepoints(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The SAVEPOINT statements sent to PostgreSQL from now on (group_commit sends them as plain
    statements through asyncpg's `execute`)."""
    import asyncpg.connection

    sent: list[str] = []
    execute = asyncpg.connection.Connection.execute

    async def counting(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
        if "SAVEPOINT tuan_member" in query and "ROLLBACK" not in query:
            sent.append(query)
        return await execute(self, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.connection.Connection, "execute", counting)
    return sent


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)  # the direct route's savepoints
async def test_a_batch_of_joins_sends_no_savepoint_until_a_member_could_not_be_undone_alone(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While nothing went wrong, later members run without savepoints: a flash sale's refused `+1`
    writes only its claim (with its answer's outbox row), a join its guarded write, neither pays a
    savepoint trip. After a member that could not be undone alone (CAREFUL_TRANSACTIONS), each later
    member's savepoint is sent before its first statement but its claim: the sold-out `+1`s still pay
    none, each join one."""
    app = _app(grouped)
    sold_out = await _open(app, "stock 2")  # two lines: a refusal reads no line (one might be hers)
    for first in ("first", "second"):
        await app.handle(_say(first, "+1", first))
    sent = _count_savepoints(monkeypatch)
    assert grouped.group is not None
    before = grouped.group.transactions

    refused = await _together(app, [_say(f"late{i}", "+1", f"late{i}") for i in range(10)])

    assert grouped.group.transactions - before == 1  # one batch
    assert all(replies[0].text.startswith(f"Late{i}: {SOLD_OUT}") for i, replies in enumerate(refused))
    assert sent == []
    assert await _lines(grouped, sold_out) == (2, {"first": 1, "second": 1})
    late = processed_updates.c.key.contains("late")
    claims = select(func.count()).select_from(processed_updates).where(late)
    assert await _count(grouped, claims) == 10  # each refusal's answer kept for a repeat

    await app.handle(_say("organiser", f"/close #{sold_out}", "close"))
    opened = await app.handle(_say("organiser", "/groupbuy Plums price 5 stock 50", "open plums"))
    open_again = next(r.card_of for r in opened if r.card_of is not None)
    sent.clear()
    joined = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(6)])
    assert all(replies[0].text.startswith(f"Buyer{i} is in") for i, replies in enumerate(joined))
    assert sent == []
    assert (await _lines(grouped, open_again))[0] == 6

    grouped.group.careful = group_commit.CAREFUL_TRANSACTIONS  # as after a member undone with all
    careful = await _together(app, [_say(f"careful{i}", "+1", f"c{i}") for i in range(6)])
    assert all(replies[0].text.startswith(f"Careful{i} is in") for i, replies in enumerate(careful))
    assert len(sent) == 5  # the five later members' (the first runs without one)
    assert (await _lines(grouped, open_again))[0] == 12


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)
async def test_a_member_that_cannot_be_undone_alone_runs_its_whole_batch_again_each_alone(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """Another worker handled u2 meanwhile: u2's claim, held back, rides with a later join's guarded
    write and breaks its key. That member cannot be undone alone (the broken write was u2's), so the
    whole transaction rolls back and every member runs again in a transaction of its own: u2 answered
    as the other worker answered it, everyone else in once, each answer queued once."""
    from handlers import answers
    from handlers.app import update_key

    app = _app(grouped)
    group_buy_id = await _open(app, "stock 50")
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)
    elsewhere = [Reply(text="Answered by the other worker.")]
    async with grouped.engine.begin() as conn:
        stored = answers.dumps(elsewhere)
        key = update_key("test", ROOM, "u2")
        await conn.execute(
            processed_updates.insert().values(key=key, answer=stored, created_at=FakeClock().now())
        )
    assert grouped.group is not None
    before = grouped.group.members

    joined = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(6)])

    assert joined[2] == elsewhere
    assert [replies[0].text.split(" is in")[0] for i, replies in enumerate(joined) if i != 2] == [
        f"Buyer{i}" for i in (0, 1, 3, 4, 5)
    ]
    assert await _lines(grouped, group_buy_id) == (5, {f"buyer{i}": 1 for i in (0, 1, 3, 4, 5)})
    assert await _count(grouped, queued) == rows_before + 2 * 5  # each join's answer and card edit, once
    assert grouped.group.members - before < 6  # the batch that met u2's claim was rolled back


def _count_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The prepared statements run on PostgreSQL from now on (storage.direct's route)."""
    import asyncpg.prepared_stmt

    ran: list[str] = []
    fetch = asyncpg.prepared_stmt.PreparedStatement.fetch

    async def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        ran.append(self.get_query())
        return await fetch(self, *args, **kwargs)

    monkeypatch.setattr(asyncpg.prepared_stmt.PreparedStatement, "fetch", counting)
    return ran


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)
async def test_a_batchs_claims_are_written_together_a_few_at_a_time(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later member's claim (with its answer's outbox rows) is held back and written with a later
    statement or the COMMIT, at most `CLAIMS_HELD` of them waiting: sixteen sold-out `+1`s in one
    batch are two statements, not sixteen, and each is still answered and kept for a repeat."""
    app = _app(grouped)
    await _open(app, "stock 2")
    for first in ("first", "second"):
        await app.handle(_say(first, "+1", first))
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)
    ran = _count_statements(monkeypatch)
    assert grouped.group is not None
    before = grouped.group.transactions

    refused = await _together(app, [_say(f"late{i}", "+1", f"late{i}") for i in range(16)])

    assert grouped.group.transactions - before == 1
    assert all(replies[0].text.startswith(f"Late{i}: {SOLD_OUT}") for i, replies in enumerate(refused))
    writes = [sql for sql in ran if "processed_updates" in sql]
    assert len(writes) == 2, writes  # the first member's claim rides with the first eight's
    monkeypatch.undo()
    late = processed_updates.c.key.contains("late")
    assert await _count(grouped, select(func.count()).select_from(processed_updates).where(late)) == 16
    assert await _count(grouped, queued) == rows_before + 16
    again = await app.handle(_say("late3", "+1", "late3"))  # delivered again: the answer kept
    assert again == refused[3]


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)
async def test_a_held_claim_another_worker_took_runs_the_batch_again_and_answers_as_it_did(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """Another worker handled one of the batch's updates meanwhile (its claim committed first): the
    batch's COMMIT fails on the held claim, nothing of the batch is kept, and each member runs again
    alone: that one is answered as the other worker answered it, the others as always, once each."""
    from handlers import answers
    from handlers.app import update_key

    app = _app(grouped)
    await _open(app, "stock 2")
    for first in ("first", "second"):
        await app.handle(_say(first, "+1", first))
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)
    elsewhere = [Reply(text="Answered by the other worker.")]
    async with grouped.engine.begin() as conn:  # the other worker's claim, committed
        key = update_key("test", ROOM, "late5")
        await conn.execute(
            processed_updates.insert().values(
                key=key, answer=answers.dumps(elsewhere), created_at=FakeClock().now()
            )
        )

    refused = await _together(app, [_say(f"late{i}", "+1", f"late{i}") for i in range(8)])

    assert refused[5] == elsewhere
    others = [replies for i, replies in enumerate(refused) if i != 5]
    assert all(SOLD_OUT in replies[0].text for replies in others)
    assert await _count(grouped, queued) == rows_before + 7  # the other worker's answer is not sent again


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)
@pytest.mark.parametrize("careful", [True, False], ids=["savepoints", "optimistic"])
async def test_a_join_that_loses_a_lock_race_carrying_others_claims_runs_alone_and_the_rest_commit(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, careful: bool
) -> None:
    """A later member's guarded write carries the claims earlier members held back; when it loses a
    race for a lock (another worker's batch holds the row: `lock_timeout`), with savepoints (after
    something went wrong lately) it alone is rolled back to its savepoint and runs again in a
    transaction of its own, the claims it carried go with a later statement, and the batch commits the
    others; without (optimistic) the whole batch is rolled back, every member runs again alone, and the
    next transactions take savepoints. Either way: everyone in, each answered and queued once."""
    import asyncpg.exceptions
    import asyncpg.prepared_stmt

    app = _app(grouped)
    group_buy_id = await _open(app, "stock 50")
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)
    fetch = asyncpg.prepared_stmt.PreparedStatement.fetch
    lost: list[str] = []

    async def losing_once(self: Any, *args: Any, **kwargs: Any) -> Any:
        query = self.get_query()
        carrying = "processed_updates" in query and "participants" in query
        if carrying and "buyer3" in args and not lost:
            lost.append(query)
            raise asyncpg.exceptions.LockNotAvailableError("canceling statement due to lock timeout")
        return await fetch(self, *args, **kwargs)

    monkeypatch.setattr(asyncpg.prepared_stmt.PreparedStatement, "fetch", losing_once)
    assert grouped.group is not None
    grouped.group.careful = group_commit.CAREFUL_TRANSACTIONS if careful else 0
    before = (grouped.group.transactions, grouped.group.members)
    joined = await _together(app, [_say(f"buyer{i}", "+1", f"u{i}") for i in range(6)])
    monkeypatch.undo()

    assert lost  # buyer3's write carried earlier members' claims, and lost
    if careful:  # one batch of the six committed (buyer3's turn in it left out; it then ran again alone)
        assert (grouped.group.transactions - before[0], grouped.group.members - before[1]) == (1, 6)
    else:  # nothing of the batch committed; the next transactions' later members take savepoints
        assert 0 < grouped.group.careful <= group_commit.CAREFUL_TRANSACTIONS
    assert [replies[0].text.split(" is in")[0] for replies in joined] == [f"Buyer{i}" for i in range(6)]
    assert await _lines(grouped, group_buy_id) == (6, {f"buyer{i}": 1 for i in range(6)})
    assert await _count(grouped, queued) == rows_before + 2 * 6  # each join's answer and card edit, once
    claims = select(func.count()).select_from(processed_updates).where(processed_updates.c.key.contains(":u"))
    assert await _count(grouped, claims) == 6


@pytest.mark.parametrize("engine_path", ["postgres"], indirect=True)
async def test_a_sold_out_join_delivered_twice_in_one_batch_is_answered_once_and_the_batch_commits(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """The repeat finds its update claimed by the batch's own held-back claim (never written yet), answers
    as the first did, and leaves without undoing anyone: one batch, one claim, one answer queued."""
    app = _app(grouped)
    await _open(app, "stock 2")
    for first in ("first", "second"):
        await app.handle(_say(first, "+1", first))
    queued = select(func.count()).select_from(outbox).where(outbox.c.chat_id == ROOM)
    rows_before = await _count(grouped, queued)
    assert grouped.group is not None
    before = (grouped.group.transactions, grouped.group.members)
    requests = [_say(f"late{i}", "+1", f"late{i}") for i in range(5)]

    refused = await _together(app, [*requests, requests[2]])

    assert refused[5] == refused[2] and SOLD_OUT in refused[2][0].text
    assert (grouped.group.transactions - before[0], grouped.group.members - before[1]) == (1, 6)
    assert await _count(grouped, queued) == rows_before + 5
    late = processed_updates.c.key.contains("late")
    assert await _count(grouped, select(func.count()).select_from(processed_updates).where(late)) == 5
