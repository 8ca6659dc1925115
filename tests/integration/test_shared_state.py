"""The shared-state contract (commerce/state.py), run on memory AND on a real Redis the test run starts.

`clients()` gives another client of the same store: on Redis a new connection (as a second bot process
would have), in memory the same object (one process). Each test works under its own key prefix.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.bootstrap import CannotStart, build
from bot.settings import Settings
from commerce.state import LockTimeout, SharedState
from storage.redis import make_redis
from storage.state import StateUnavailable, make_state, open_state
from storage.state_memory import MemorySharedState
from tests.services import free_port

TTL = 0.5  # short lives, slept through with a margin (the machine may be busy)
PAST_TTL = 0.8

Clients = Callable[..., SharedState]


@pytest.fixture(params=["memory", "redis"])
def backend_url(request: pytest.FixtureRequest) -> str | None:
    return None if request.param == "memory" else str(request.getfixturevalue("redis_url"))


@pytest.fixture
async def clients(backend_url: str | None) -> AsyncIterator[Clients]:
    prefix = f"test-{uuid.uuid4().hex[:12]}:"
    memory: dict[str, SharedState] = {}
    opened: list[SharedState] = []

    def another(*, prefix: str = prefix) -> SharedState:
        if backend_url is None:
            return memory.setdefault(prefix, MemorySharedState(prefix=prefix))
        state = make_state(backend_url, prefix=prefix)
        opened.append(state)
        return state

    yield another
    for state in opened:
        await state.aclose()


@pytest.fixture
def state(clients: Clients) -> SharedState:
    return clients()


class TestSharedState:
    async def test_values_are_stored_replaced_and_deleted(self, state: SharedState) -> None:
        values = state.values
        assert await values.get("card") is None

        await values.set("card", {"text": "芒果 ×3", "buttons": ["gb:join:1"], "n": 3, "ok": True})
        assert await values.get("card") == {"text": "芒果 ×3", "buttons": ["gb:join:1"], "n": 3, "ok": True}
        await values.set("card", "plain text")
        assert await values.get("card") == "plain text"

        assert await values.delete("card") is True
        assert await values.delete("card") is False
        assert await values.get("card") is None

    async def test_values_are_read_and_written_several_at_once(self, state: SharedState) -> None:
        values = state.values
        await values.set("b", "kept")
        await values.set_many({"a": {"names": ["Amy", ""]}, "c": "中文"}, ttl=TTL)
        await values.set_many({})
        assert await values.get_many(["a", "b", "c", "d"]) == [{"names": ["Amy", ""]}, "kept", "中文", None]
        assert await values.get_many([]) == []
        await values.set_many({"c": 3})  # no time to live: kept
        await asyncio.sleep(PAST_TTL)
        assert await values.get_many(["a", "c"]) == [None, 3]

    async def test_a_value_expires_after_its_ttl_and_a_new_set_without_ttl_keeps_it(
        self, state: SharedState
    ) -> None:
        await state.values.set("short", 1, ttl=TTL)
        await state.values.set("kept", 1, ttl=TTL)
        await state.values.set("kept", 2)
        assert await state.values.get("short") == 1

        await asyncio.sleep(PAST_TTL)

        assert await state.values.get("short") is None
        assert await state.values.get("kept") == 2

    async def test_set_if_absent_lets_one_of_two_concurrent_callers_win(self, clients: Clients) -> None:
        first, second = clients(), clients()

        won = await asyncio.gather(
            *(
                client.values.set_if_absent("claim", f"caller {n}", ttl=TTL)
                for n, client in enumerate([first, second] * 5)
            )
        )

        assert won.count(True) == 1
        assert await second.values.get("claim") == f"caller {won.index(True)}"
        assert await first.values.set_if_absent("claim", "late") is False
        await asyncio.sleep(PAST_TTL)
        assert await first.values.set_if_absent("claim", "after expiry") is True
        assert await second.values.get("claim") == "after expiry"

    async def test_set_if_unchanged_stores_only_over_what_was_read(self, clients: Clients) -> None:
        first, second = clients(), clients()
        assert await first.values.set_if_unchanged("list", {"x": 1}, [1]) is False  # absent, not {"x": 1}
        assert await first.values.set_if_unchanged("list", None, [[7, 1.5, "bob"]], ttl=TTL) is True
        read = await second.values.get("list")
        assert read == [[7, 1.5, "bob"]]

        won = await asyncio.gather(
            *(
                client.values.set_if_unchanged("list", read, [n], ttl=TTL)
                for n, client in enumerate([first, second])
            )
        )

        assert won.count(True) == 1  # the other was told to read again
        assert await first.values.get("list") == [won.index(True)]
        assert await second.values.set_if_unchanged("list", None, ["x"]) is False  # present now
        await asyncio.sleep(PAST_TTL)
        assert await second.values.get("list") is None  # its ttl was set

    async def test_counters_count_atomically_across_clients(self, clients: Clients) -> None:
        first, second = clients(), clients()
        assert await first.counters.value("budget") == 0

        results = await asyncio.gather(
            *(client.counters.incr("budget", ttl=TTL) for client in [first, second] * 10)
        )
        assert sorted(results) == list(range(1, 21))
        assert await first.counters.incr("budget", 5, ttl=TTL) == 25
        assert await second.counters.incr("budget", -1, ttl=TTL) == 24
        assert await second.counters.value("budget") == 24

    async def test_a_counter_expires_from_its_creation_not_its_last_increment(
        self, state: SharedState
    ) -> None:
        await state.counters.incr("window", ttl=1.0)
        await asyncio.sleep(0.3)
        assert await state.counters.incr("window", ttl=60) == 2  # does not extend the first expiry
        await asyncio.sleep(1.0)

        assert await state.counters.value("window") == 0
        assert await state.counters.incr("window", ttl=60) == 1

    async def test_a_lock_lets_one_holder_in_at_a_time_across_clients(self, clients: Clients) -> None:
        first, second = clients(), clients()
        inside: list[int] = []
        most = 0

        async def hold(state: SharedState, n: int) -> None:
            nonlocal most
            async with state.locks.lock("chat:1", lease=5):
                inside.append(n)
                most = max(most, len(inside))
                await asyncio.sleep(0.01)
                inside.remove(n)

        await asyncio.gather(*(hold(client, n) for n, client in enumerate([first, second] * 4)))

        assert most == 1 and inside == []

    async def test_different_keys_do_not_wait_for_each_other(self, state: SharedState) -> None:
        async with state.locks.lock("chat:1"), state.locks.lock("chat:2", wait=0.5):
            pass

    async def test_a_waiter_gives_up_after_wait(self, clients: Clients) -> None:
        first, second = clients(), clients()
        async with first.locks.lock("chat:1", lease=5):
            started = time.monotonic()
            with pytest.raises(LockTimeout):
                async with second.locks.lock("chat:1", wait=0.2):
                    pytest.fail("the lock was held by the first client")
            assert time.monotonic() - started >= 0.15
        async with second.locks.lock("chat:1", wait=1):
            pass

    async def test_a_dead_holders_lease_runs_out_and_its_late_release_frees_nothing(
        self, clients: Clients
    ) -> None:
        dead, alive, third = clients(), clients(), clients()
        held = dead.locks.lock("chat:1", lease=TTL)
        await held.__aenter__()  # and then this holder hangs (or its process died)
        started = time.monotonic()

        async with alive.locks.lock("chat:1", lease=5, wait=5):
            assert time.monotonic() - started >= TTL * 0.8
            await held.__aexit__(None, None, None)  # the old holder wakes up and lets go: not of ours
            with pytest.raises(LockTimeout):
                async with third.locks.lock("chat:1", wait=0.2):
                    pytest.fail("the lock was taken from its live holder")
        async with third.locks.lock("chat:1", wait=1):
            pass

    async def test_prefixes_keep_key_spaces_apart(self, clients: Clients) -> None:
        tuan, other = clients(), clients(prefix=f"other-{uuid.uuid4().hex[:8]}:")
        await tuan.values.set("k", "tuan's")
        await tuan.counters.incr("n", ttl=10)

        assert await other.values.get("k") is None
        assert await other.counters.value("n") == 0
        assert await other.values.set_if_absent("k", "other's") is True
        assert await tuan.values.get("k") == "tuan's"

    async def test_a_chats_move_keeps_its_values_and_counters_under_the_new_id(
        self, state: SharedState
    ) -> None:
        values, counters = state.values, state.counters
        await values.set("which_asked:telegram:-42:7", {"ids": [1, 2]}, ttl=60)
        await values.set("card_shown:telegram:-42", 1.5)
        await values.set("just_closed:-42", "its own", ttl=60)
        await values.set("just_closed:-1001", "the new chat's own", ttl=60)
        await values.set("telegram:moved:-42", "-1001")  # where it went: stays under the old id
        await values.set("which_asked:telegram:-421:7", "another chat")
        await counters.incr("rate:telegram:-42:7:60", 3, ttl=60)
        async with state.locks.lock("telegram:chat:-42"):
            assert await state.move_chat("-42", "-1001") == 3
            async with state.locks.lock("telegram:chat:-1001", wait=0.3):  # the held lock was not moved
                pass

        assert await values.get("which_asked:telegram:-1001:7") == {"ids": [1, 2]}
        assert await values.get("card_shown:telegram:-1001") == 1.5
        assert await values.get("just_closed:-1001") == "the new chat's own"
        assert await counters.value("rate:telegram:-1001:7:60") == 3
        assert await values.get_many(["which_asked:telegram:-42:7", "just_closed:-42"]) == [None, None]
        assert await values.get("telegram:moved:-42") == "-1001"
        assert await values.get("which_asked:telegram:-421:7") == "another chat"
        assert await state.move_chat("-42", "-1001") == 0  # again: nothing left to move

    async def test_a_moved_value_keeps_its_time_to_live(self, state: SharedState) -> None:
        await state.values.set("option_asked:telegram:-42:7", "大盒", ttl=TTL)
        await state.move_chat("-42", "-1001")
        assert await state.values.get("option_asked:telegram:-1001:7") == "大盒"
        await asyncio.sleep(PAST_TTL)
        assert await state.values.get("option_asked:telegram:-1001:7") is None

    async def test_bad_ttls_are_refused(self, state: SharedState) -> None:
        with pytest.raises(ValueError):
            await state.values.set("k", 1, ttl=0)
        with pytest.raises(ValueError):
            await state.counters.incr("n", ttl=-1)


async def test_redis_values_and_counters_outlive_the_client_that_wrote_them(redis_url: str) -> None:
    """What lets WeChat's daily budgets survive a restart."""
    prefix = f"test-{uuid.uuid4().hex[:12]}:"
    before = make_state(redis_url, prefix=prefix)
    await before.values.set("wechat:choice", ["gb:join:1"], ttl=60)
    await before.counters.incr("wechat:budget", 7, ttl=60)
    await before.aclose()

    after = make_state(redis_url, prefix=prefix)
    try:
        assert await after.values.get("wechat:choice") == ["gb:join:1"]
        assert await after.counters.value("wechat:budget") == 7
    finally:
        await after.aclose()


async def test_redis_keys_carry_the_prefix(redis_url: str) -> None:
    state = make_state(redis_url)
    raw = make_redis(redis_url, decode_responses=True)
    key = f"test:{uuid.uuid4().hex[:12]}"
    try:
        await state.values.set(key, {"a": 1}, ttl=60)
        await state.counters.incr(key + ":n", ttl=60)
        assert await raw.get(f"tuan:{key}") == '{"a": 1}'
        assert await raw.get(f"tuan:{key}:n") == "1"
        assert 0 < await raw.pttl(f"tuan:{key}:n") <= 60_000
    finally:
        await raw.delete(f"tuan:{key}", f"tuan:{key}:n")
        await raw.aclose()
        await state.aclose()


async def test_a_new_memory_state_starts_empty() -> None:
    """In memory mode nothing outlives the process (WeChat's budgets start again after a restart)."""
    before = MemorySharedState()
    await before.counters.incr("wechat:budget", 7, ttl=60)

    assert await MemorySharedState().counters.value("wechat:budget") == 0


async def test_memory_state_is_bounded_dropping_expired_entries_then_the_oldest() -> None:
    now = [0.0]
    state = MemorySharedState(max_entries=10, clock=lambda: now[0])
    await state.values.set("expiring", 1, ttl=5)
    for n in range(9):
        await state.values.set(f"k{n}", n)
    now[0] = 6.0  # "expiring" is past its time: it makes room first
    await state.values.set("k9", 9)
    assert [await state.values.get(f"k{n}") for n in range(10)] == list(range(10))

    for n in range(10, 30):
        await state.counters.incr(f"k{n}", ttl=60)

    kept = [n for n in range(30) if await state.values.get(f"k{n}") is not None]
    assert len(kept) <= 10 and kept[-1] == 29 and 0 not in kept


async def test_an_unreachable_redis_is_one_line_without_its_password() -> None:
    url = f"redis://:secret@127.0.0.1:{free_port()}/0"

    with pytest.raises(StateUnavailable) as caught:
        await open_state(url)

    message = str(caught.value)
    assert message.startswith(f"cannot reach Redis at redis://:***@127.0.0.1:{url.rsplit(':', 1)[1]}")
    assert "secret" not in message and "\n" not in message


async def test_bootstrap_builds_the_state_of_the_settings(redis_url: str, tmp_path: Path) -> None:
    database = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"

    tuan = await build(Settings(_env_file=None, database_url=database, redis_url=redis_url))
    try:
        assert tuan.state.shared is True
        await tuan.state.values.set("bootstrap-test", 1, ttl=5)
        assert await tuan.state.values.get("bootstrap-test") == 1
    finally:
        await tuan.aclose()
    memory = await build(Settings(_env_file=None, database_url=database, redis_url=None))
    await memory.aclose()
    assert memory.state.shared is False

    unreachable = f"redis://127.0.0.1:{free_port()}/0"
    with pytest.raises(CannotStart, match=f"^cannot reach Redis at {unreachable}: "):
        await build(Settings(_env_file=None, database_url=database, redis_url=unreachable))
