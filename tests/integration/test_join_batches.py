"""Join batches (handlers.rush) through the real ChatApp: a flash sale's plain `+N`s that arrive together
in one chat are answered in one pass, and each member sees, and the database holds, exactly what she would
have seen and what it would have held had each run alone (group commit's path)."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from commerce.domain.group_buy import Participant
from commerce.domain.outbox import OutboxItem
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from storage.repositories import SqlGroupBuyRepository
from storage.tables import (
    chat_members,
    group_buys,
    members,
    outbox,
    participants,
    processed_updates,
)
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.services import create_database, emptied

ROOM = "room"


def _app(factory: SqlUnitOfWorkFactory, *, batches: bool, clock: FakeClock | None = None) -> ChatApp:
    config = AppConfig(outbox_platform="telegram", join_batches=batches, commands_per_minute=0)
    return ChatApp(uow_factory=factory, clock=clock or FakeClock(), config=config)


def _say(user: str, text: str, update_id: str, *, language: str = "en") -> Request:
    return Request(
        platform="test",
        chat_id=ROOM,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language=language,
        message_id=int(update_id.rsplit("-", 1)[-1]) if update_id[-1].isdigit() else None,
    )


async def _together(app: ChatApp, requests: list[Request]) -> list[list[Reply]]:
    return list(await asyncio.gather(*(app.handle(request) for request in requests)))


async def test_a_flash_sale_is_answered_in_few_passes_and_sells_exactly_the_stock(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    app = _app(grouped, batches=True)
    opened = await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 25", "open"))
    group_buy_id = next(r.card_of for r in opened if r.card_of is not None)

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(120)])

    texts = [replies[0].text for replies in answers]
    assert texts[0] == f"Buyer0 is in: 1 × Mangoes (#{group_buy_id}). Now ¥88 each."
    assert texts[24] == f"Buyer24 is in: 1 × Mangoes (#{group_buy_id}). Now ¥88 each. 🈵 Sold out!"
    assert all(
        text.startswith(f"Buyer{i}: Sorry, Mangoes is sold out.") for i, text in enumerate(texts) if i > 24
    )
    assert sum(batch_passes) >= 110 and len(batch_passes) <= 4  # together
    async with grouped.engine.connect() as conn:
        sold, lines = (await conn.execute(select(group_buys.c.sold, group_buys.c.line_count))).one()
        joined = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        claimed = (await conn.execute(select(processed_updates.c.key))).scalars()
        queued = (await conn.execute(select(outbox.c.chat_id).where(outbox.c.chat_id == ROOM))).scalars()
        assert (sold, lines) == (25, 25)
        assert list(joined) == [f"buyer{i}" for i in range(25)]  # in the order they came
        assert {f"test:{ROOM}:u-{i}" for i in range(120)} <= set(claimed)
        assert len(list(queued)) >= 121


async def test_joins_sent_together_into_a_quiet_chat_all_go_in_one_pass_the_first_too(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    """The first `+1` of a chat where nothing else runs waits one turn of the event loop: those sent
    with it (a flash sale's members, answered a moment ago and sending again) join it in its pass."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(8)])

    assert batch_passes == [8]
    assert [replies[0].text for replies in answers][4:6] == [
        "Buyer4 is in: 1 × Mangoes (#1). Now ¥88 each. 🈵 Sold out!",
        "Buyer5: Sorry, Mangoes is sold out. To wait for it, send /waitlist 1: whatever comes free goes "
        "to the first in line whose quantity fits.",
    ]


async def test_a_join_sent_while_another_update_of_the_chat_runs_waits_for_nothing_and_keeps_its_order(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    """Another update of the chat being handled outside its lane when the first `+1` comes (a friend's
    line here): the `+1` runs at once, after it, as without batches; those after it queue."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 3", "open"))
    requests = [_say("buyer0", "+1 for mum", "u-0")] + [
        _say(f"buyer{i}", "+1", f"u-{i}") for i in range(1, 5)
    ]

    answers = await _together(app, requests)

    texts = [replies[0].text for replies in answers]
    assert texts[0] == "Buyer0 joined for mum: 1 × Mangoes (#1). Now ¥88 each."
    assert texts[2] == "Buyer2 is in: 1 × Mangoes (#1). Now ¥88 each. 🈵 Sold out!"
    assert batch_passes == [3]  # buyer1 alone at once, the others in one pass


async def test_a_members_plus_one_again_in_the_same_burst_adds_to_her_line_in_the_same_pass(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    """A flash sale's double taps: her second `+1` among the others adds to the line her first made in
    the pass, as it would alone; the one that would go past the stock is told so, nothing added."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))
    taps = ["buyer0", "buyer1", "buyer0", "buyer2", "buyer1", "buyer3", "buyer0"]

    answers = await _together(app, [_say(user, "+1", f"u-{i}") for i, user in enumerate(taps)])

    assert batch_passes == [7]
    texts = [replies[0].text for replies in answers]
    assert texts[2] == "Buyer0 is in: 1 more, now 2 × Mangoes in all (#1). Now ¥88 each."
    assert texts[4] == "Buyer1 is in: 1 more, now 2 × Mangoes in all (#1). Now ¥88 each. 🈵 Sold out!"
    assert texts[6].startswith("Buyer0: Sorry, Mangoes is sold out.")
    async with grouped.engine.connect() as conn:
        lines = (
            await conn.execute(
                select(participants.c.user_id, participants.c.quantity).order_by(participants.c.id)
            )
        ).all()
        assert [tuple(line) for line in lines] == [("buyer0", 2), ("buyer1", 2), ("buyer2", 1)]
        assert (await conn.execute(select(group_buys.c.sold, group_buys.c.line_count))).one() == (5, 3)


async def test_a_first_join_given_up_in_its_turn_leaves_its_chat_working(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """The first `+1` of a quiet chat cancelled while it waits its turn of the event loop (its sender's
    request gone): the `+1`s queued behind it are answered, and so is the chat's next one."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))
    first = asyncio.ensure_future(app.handle(_say("buyer0", "+1", "u-0")))
    queued = asyncio.ensure_future(app.handle(_say("buyer1", "+1", "u-1")))
    await asyncio.sleep(0)  # buyer0's `+1` waits its turn, buyer1's queued behind it
    first.cancel()
    await asyncio.gather(first, return_exceptions=True)

    behind = await asyncio.wait_for(queued, timeout=10)
    later = await asyncio.wait_for(app.handle(_say("buyer2", "+1", "u-2")), timeout=10)

    assert behind[0].text == "Buyer1 is in: 1 × Mangoes (#1). Now ¥88 each."
    assert later[0].text == "Buyer2 is in: 1 × Mangoes (#1). Now ¥88 each."


async def test_a_repeated_update_in_a_batch_gets_the_first_answer_and_changes_nothing(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 10", "open"))
    first = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(6)])

    again = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(6)])

    assert [r[0].text for r in again] == [r[0].text for r in first]
    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 6


@pytest.mark.parametrize(  # on SQLite nobody writes while the batch's transaction holds the write lock
    "engine_path",
    [pytest.param(p, marks=pytest.mark.postgres) for p in ("postgres", "postgres-stock")],
    indirect=True,
)
async def test_a_batch_that_meets_another_workers_sale_decides_again_under_the_lock(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, batch_passes: list[int]
) -> None:
    """Another worker's sale committed after the batch read the group buy: its guarded write finds
    `sold` changed and writes nothing, and the batch runs again, reading the counts under the row's
    lock, and sells only what is left."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))
    original = SqlGroupBuyRepository.newcomers
    sold = [0]

    async def sold_meanwhile(repo: SqlGroupBuyRepository, *args: Any) -> Any:
        if not sold[0]:  # as if another worker sold 3 just now
            sold[0] += 1
            async with grouped.engine.begin() as conn:
                await conn.execute(update(group_buys).values(sold=group_buys.c.sold + 3))
        return await original(repo, *args)

    monkeypatch.setattr(SqlGroupBuyRepository, "newcomers", sold_meanwhile)

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(5)])

    assert batch_passes == [5]  # one pass, run again under the lock
    texts = [replies[0].text for replies in answers]
    # 3 sold meanwhile: buyer0 and buyer1 take the last two
    assert texts[1] == "Buyer1 is in: 1 × Mangoes (#1). Now ¥88 each. 🈵 Sold out!"
    assert texts[2] == texts[3].replace("Buyer3", "Buyer2")
    assert texts[2].startswith("Buyer2: Sorry, Mangoes is sold out. To wait for it, send /waitlist 1")
    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 5
        lines = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        assert list(lines) == ["buyer0", "buyer1"]


@pytest.mark.parametrize("engine_path", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
async def test_a_batchs_writes_are_kept_only_with_its_guarded_write(grouped: SqlUnitOfWorkFactory) -> None:
    """On PostgreSQL the batch's lines, outbox rows and claims travel with its guarded UPDATE, in one
    statement: when the guard refuses (the group buy is not as the batch read it), none is written, even
    by a transaction that commits after it (elsewhere the batch rolls back and each member runs alone:
    `test_a_batch_whose_own_write_fails_runs_each_member_alone_as_if_it_never_was`)."""
    app = _app(grouped, batches=False)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))
    now = datetime.now(UTC)
    items = [OutboxItem(topic="t", payload=f"{n}", created_at=now, chat_id=ROOM) for n in range(9)]

    async with grouped() as uow:
        group_buy = await uow.group_buys.get(1)
        assert group_buy is not None
        group_buy.sold += 3  # as a batch of 2 would leave it, but 1 was sold meanwhile
        await uow.outbox.add(items)
        await uow.updates.record_many([("k1", "[]"), ("k2", "[]")])
        lines = [Participant(f"b{n}", f"B{n}", 1, now) for n in range(2)]
        assert not await uow.group_buys.add_lines(group_buy, lines, now=now)
        await uow.commit()

    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 0
        assert list((await conn.execute(select(participants.c.user_id))).scalars()) == []
        assert "k1" not in set((await conn.execute(select(processed_updates.c.key))).scalars())
        payloads = set((await conn.execute(select(outbox.c.payload))).scalars())
        assert not payloads & {f"{n}" for n in range(9)}


@pytest.mark.parametrize("engine_path", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
async def test_a_sold_out_batch_waits_for_no_lock_and_keeps_each_answer(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    """Sold out, a flash sale's `+1`s are all refused and write nothing of the group buy: their batch
    takes no lock on it, so another worker's transaction holding its row (a leave, a batch of its own)
    keeps none of them waiting, and each answer is kept (a repeat gets it again, the outbox sends it)."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 1", "open"))
    await app.handle(_say("buyer0", "+1", "u-0"))
    sold_out = (
        "Buyer{i}: Sorry, Mangoes is sold out. To wait for it, send /waitlist 1: whatever comes free goes "
        "to the first in line whose quantity fits."
    )

    async with grouped.engine.connect() as other:  # another worker's transaction holds the row
        await other.execute(text("SELECT sold FROM group_buys WHERE id = 1 FOR UPDATE"))
        joins = [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(1, 7)]
        answers = await asyncio.wait_for(_together(app, joins), timeout=30)
        await other.rollback()

    assert batch_passes == [6]
    assert [replies[0].text for replies in answers] == [sold_out.format(i=i) for i in range(1, 7)]
    again = await app.handle(_say("buyer3", "+1", "u-3"))  # Telegram sends it again: the same answer
    assert again[0].text == sold_out.format(i=3)
    async with grouped.engine.connect() as conn:
        claimed = (await conn.execute(select(processed_updates.c.key))).scalars()
        assert {f"test:{ROOM}:u-{i}" for i in range(7)} <= set(claimed)
        sent = [
            json.loads(p)["reply"].get("text")
            for p in (await conn.execute(select(outbox.c.payload))).scalars()
        ]
        assert [text for text in sent if text and "sold out" in text] == [
            sold_out.format(i=i) for i in range(1, 7)
        ]
        assert (await conn.execute(select(group_buys.c.sold, group_buys.c.line_count))).one() == (1, 1)


@pytest.mark.parametrize("engine_path", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
async def test_a_batchs_reads_of_its_members_are_planned_for_their_keys_each_time(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """Which of the batch's updates were answered already, and which of its members hold a line: read
    by a list of keys (`= ANY`), planned by PostgreSQL for that list each time. As a named statement its
    plan became PostgreSQL's generic one after five runs, chosen while the tables were small: a
    sequential scan whose cost grew with every update stored (a flash sale's batches slowed by half
    within 12,000 joins)."""
    app = _app(grouped, batches=False)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 5", "open"))
    await app.handle(_say("buyer1", "+1", "u-1"))
    await app.handle(_say("buyer3", "+2 for mum", "u-3"))  # a friend's line is a row she holds too
    async with grouped() as uow:
        await uow.group_buys.counts_locked(1)  # the batch's transaction, as it begins
        for _ in range(7):
            keys = ["test:room:u-1", "test:room:u-2", "test:room:u-3"]
            found = await uow.group_buys.newcomers(1, ["buyer1", "buyer2", "buyer3"], keys)
            assert found == ({"buyer1", "buyer3"}, {"test:room:u-1", "test:room:u-3"})
        assert await uow.group_buys.newcomers(2, ["buyer1"], []) == (set(), set())  # another group buy
        named = await uow.connection.execute(
            text(
                "SELECT count(*) FROM pg_prepared_statements"
                " WHERE statement LIKE '%= ANY%' AND statement NOT LIKE '%pg_prepared_statements%'"
            )
        )
        assert named.scalar_one() == 0


async def test_a_batch_whose_own_write_fails_runs_each_member_alone_as_if_it_never_was(
    grouped: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch's guarded write refused (its group buy changed, a claim taken meanwhile): nothing of it
    is kept, and each member then runs alone, in order, against what is stored."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 3", "open"))
    original = SqlGroupBuyRepository.add_lines
    refused = [0]

    async def refuse_once(repo: SqlGroupBuyRepository, *args: Any, **kwargs: Any) -> bool:
        if not refused[0]:
            refused[0] += 1
            return False
        return await original(repo, *args, **kwargs)

    monkeypatch.setattr(SqlGroupBuyRepository, "add_lines", refuse_once)

    answers = await _together(app, [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(5)])

    assert refused == [1]
    texts = [replies[0].text for replies in answers]
    assert [text.startswith(f"Buyer{i} is in") for i, text in enumerate(texts)] == [True] * 3 + [False] * 2
    assert texts[3].startswith("Buyer3: Sorry, Mangoes is sold out.")
    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 3
        claimed = (await conn.execute(select(processed_updates.c.key))).scalars()
        assert sorted(claimed) == sorted(["test:room:open", *(f"test:{ROOM}:u-{i}" for i in range(5))])


# -- the same script with and without batches: the same answers, the same rows ---------------------------

# what members send in a burst (the organiser's own commands among them: the last few)
TEXTS = ["+1"] * 6 + ["+2", "+3", "-1", "+1 big", "/list", "+5", "+1 for mum", "/waitlist 1", "+1 #1"]
MEMBERS = 16  # m0..m15, and the organiser
ORGANISERS = ["/close", "/edit #1 stock 12", "/list", "+1"]
Burst = list[tuple[int, int]]  # (member, text) pairs


@pytest.fixture(scope="session")
async def _postgres_pair(postgres_url: str) -> tuple[str, str]:
    """Two migrated databases on the tests' PostgreSQL server, made once."""
    urls = []
    for name in ("tuan_batch_alone", "tuan_batch_batched"):
        url = await create_database(postgres_url, name)
        await upgrade(url)
        urls.append(url)
    return urls[0], urls[1]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_databases(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Awaitable[tuple[str, str]]]:
    """Two empty databases on one engine, emptied (or made anew) for each example."""
    made = itertools.count()
    if request.param == "postgres":
        pair: tuple[str, str] = request.getfixturevalue("_postgres_pair")

        async def both_emptied() -> tuple[str, str]:
            return await emptied(pair[0]), await emptied(pair[1])

        return both_emptied
    template: Path = request.getfixturevalue("_sqlite_template")

    async def fresh() -> tuple[str, str]:
        urls = []
        for name in ("alone", "batched"):
            path = tmp_path / f"{name}-{next(made)}.db"
            shutil.copyfile(template, path)
            urls.append(f"sqlite+aiosqlite:///{path}")
        return urls[0], urls[1]

    return fresh


def _but_id(table: Any) -> list[Any]:
    return [column for column in table.c if column.name != "id"]


def _by_update(rows: Sequence[Any]) -> dict[str, list[tuple[str, str]]]:
    """Outbox rows by the update they answer, each update's in order: what each member is told. (Group
    commit on PostgreSQL may write one member's rows before an earlier member's, its held writes
    carried by a later statement; a batch writes them in the members' order.)"""
    found: dict[str, list[tuple[str, str]]] = {}
    for chat, payload in rows:
        found.setdefault(str(json.loads(payload).get("update")), []).append((chat, payload))
    return found


async def _rows(factory: SqlUnitOfWorkFactory) -> dict[str, Any]:
    async with factory.engine.connect() as conn:
        p, gb = participants.c, group_buys.c
        return {
            "lines": (
                await conn.execute(
                    select(p.user_id, p.quantity, p.display_name, p.note, p.joined_at).order_by(p.id)
                )
            ).all(),
            "group_buys": (await conn.execute(select(gb.id, gb.sold, gb.line_count, gb.status))).all(),
            "outbox": _by_update(
                (await conn.execute(select(outbox.c.chat_id, outbox.c.payload).order_by(outbox.c.id))).all()
            ),
            "claims": sorted(
                (await conn.execute(select(processed_updates.c.key, processed_updates.c.answer))).all()
            ),
            "members": sorted((await conn.execute(select(members))).all()),
            "chats": sorted(
                (await conn.execute(select(chat_members).with_only_columns(*_but_id(chat_members)))).all()
            ),
        }


@settings(
    max_examples=int(os.environ.get("TUAN_BATCH_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    stock=st.sampled_from(["stock 4", "stock 9", "", "stock 6 tiers 3:78", "stock 8 limit 2"]),
    target=st.sampled_from(["", "target 5"]),
    chinese=st.booleans(),
    bursts=st.lists(
        st.lists(st.tuples(st.integers(0, MEMBERS), st.integers(0, len(TEXTS) - 1)), min_size=1, max_size=20),
        min_size=1,
        max_size=4,
    ),
    repeat=st.booleans(),
)
async def test_batches_answer_and_write_exactly_as_each_join_alone(
    two_databases: Callable[[], tuple[str, str]],
    stock: str,
    target: str,
    chinese: bool,
    bursts: list[Burst],
    repeat: bool,
) -> None:
    factories = [SqlUnitOfWorkFactory(make_engine(url), group_commit=True) for url in await two_databases()]
    try:
        results = []
        for factory, batches in zip(factories, (False, True), strict=True):
            app = _app(factory, batches=batches)
            language = "zh" if chinese else "en"
            said = []
            opening = f"/groupbuy Mangoes price 88 {stock} {target}"
            said.append(await app.handle(_say("organiser", opening.strip(), "open", language=language)))
            number = 0
            sent: list[Request] = []
            for burst in bursts:
                requests = []
                for member, text in burst:
                    number += 1
                    said_by = "organiser" if member == MEMBERS else f"m{member}"  # the last: the organiser
                    typed = ORGANISERS[text % len(ORGANISERS)] if member == MEMBERS else TEXTS[text]
                    requests.append(_say(said_by, typed, f"u-{number}", language=language))
                    sent.append(requests[-1])
                if repeat and number > 2:  # a redelivered update among them: the first, as it was sent
                    requests.append(sent[0])
                said.append(await _together(app, requests))
            results.append((said, await _rows(factory)))
        (said_alone, rows_alone), (said_batched, rows_batched) = results
        assert said_batched == said_alone
        assert rows_batched == rows_alone
    finally:
        for factory in factories:
            await factory.dispose()


async def test_a_close_sent_after_joins_in_a_rush_closes_after_them_and_a_later_join_is_refused(
    grouped: SqlUnitOfWorkFactory,
) -> None:
    """Any update of a chat whose `+1`s queue keeps its place behind them: the organiser's close never
    overtakes the joins sent before it, nor a member's `-1` her `+1`."""
    app = _app(grouped, batches=True)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 10 target 2", "open"))
    requests = [_say(f"buyer{i}", "+1", f"u-{i}") for i in range(4)]
    requests += [_say("buyer1", "-1", "u-5"), _say("organiser", "/close", "u-6"), _say("buyer9", "+1", "u-7")]

    answers = await _together(app, requests)

    texts = [next(reply.text for reply in replies if reply.text) for replies in answers]
    assert texts[1] == "Buyer1 is in: 1 × Mangoes (#1). Now ¥88 each. 🎉 Target reached: the group buy is on!"
    assert texts[4] == "Buyer1 left Mangoes (#1)."
    assert texts[5].startswith("✅ Mangoes (#1) succeeded at ¥88 each: 3 orders, 3 units.")
    assert texts[6].startswith("Group buy #1 (Mangoes) has closed: nothing was changed.")
    async with grouped.engine.connect() as conn:
        joined = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        assert list(joined) == ["buyer0", "buyer2", "buyer3"]
