"""Telegram's limits held by several senders together: one contract on memory (two outboxes of one
process sharing its gate) and on a real Redis (each outbox its own client and gate, as two bot processes
would have). Limits are scaled down; the transport writes down when each call was made."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable

import pytest

from bot.telegram.outbox import Limits, MemoryCardMap, Outbox, Outgoing, RetryAfter
from bot.telegram.rate_gate import MemoryRateGate, RateGate, SharedRateGate, rate_gate
from commerce.state import SharedState
from handlers.types import Invoice, Reply
from storage.state import make_state
from storage.state_memory import MemorySharedState

GROUP, OTHER_GROUP = "-100777", "-100888"
# Telegram's group limit scaled to 20 a 1.5 s (one per 0.075 s); the gate spaces them 0.12 s apart (a
# wide margin: the machine running the tests may be busy).
LIMITS = Limits(chat_interval=0.05, group_messages=20, group_period=1.5, bot_per_second=1000, margin=1.6)
GROUP_LIMIT = LIMITS.group_period / LIMITS.group_messages
PAUSE = 1.5  # long enough that a loaded machine cannot blur "waited it out" and "went at once"
# One worker runs all of them, one after another: under `make test -n` two of these never time each other.
pytestmark = pytest.mark.xdist_group("timing")

Processes = Callable[..., RateGate]


class TimedTransport:
    """Writes down when each call came (`attempts`) and which went through (`sent`); `fail` maps an
    attempt's number to the exception it raises."""

    def __init__(self) -> None:
        self.attempts: list[tuple[float, str, str]] = []
        self.sent: list[tuple[float, str, str]] = []
        self.fail: dict[int, Exception] = {}
        self.met_429 = asyncio.Event()
        self.takes = 0.0  # seconds each call takes to be answered
        self.answered: list[float] = []  # when each call that went through was answered

    async def send_text(
        self, chat_id: str, text: str, buttons: object, *, reply_to: str | None = None
    ) -> int:
        call = (time.monotonic(), chat_id, text)
        self.attempts.append(call)
        error = self.fail.pop(len(self.attempts) - 1, None)
        if error is not None:
            if isinstance(error, RetryAfter):
                self.met_429.set()
            raise error
        self.sent.append(call)
        if self.takes:
            await asyncio.sleep(self.takes)
        self.answered.append(time.monotonic())
        return len(self.attempts)

    async def edit_text(self, chat_id: str, message_id: int, text: str, buttons: object) -> None:
        raise AssertionError("no card here")

    async def send_invoice(self, chat_id: str, invoice: Invoice) -> int:
        raise AssertionError("no invoice here")


async def no_card(group_buy_id: int) -> Reply:
    raise AssertionError("no card here")


def sender(gate: RateGate, transport: TimedTransport, **more: object) -> Outbox:
    return Outbox(transport=transport, render_card=no_card, cards=MemoryCardMap(), gate=gate, **more)  # type: ignore[arg-type]


def message(chat_id: str, text: str) -> Outgoing:
    return Outgoing(chat_id, text, reply_to="1")  # a reply: never merged with the texts queued with it


def most_in_window(times: list[float], window: float) -> int:
    """The most calls in any rolling `window` seconds."""
    times, best, start = sorted(times), 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.fixture(params=["memory", "redis"])
def backend_url(request: pytest.FixtureRequest) -> str | None:
    return None if request.param == "memory" else str(request.getfixturevalue("redis_url"))


@pytest.fixture
async def processes(backend_url: str | None) -> AsyncIterator[Processes]:
    """Each call: the gate of one more sender. Memory: the one process's gate (one per limits); Redis: a
    new client's."""
    memory: dict[Limits, RateGate] = {}
    prefix = f"test-{uuid.uuid4().hex[:12]}:"
    opened: list[SharedState] = []

    def process(limits: Limits = LIMITS) -> RateGate:
        if backend_url is None:
            return memory.setdefault(limits, MemoryRateGate(limits))
        opened.append(make_state(backend_url, prefix=prefix))
        return rate_gate(opened[-1], limits)

    yield process
    for state in opened:
        await state.aclose()


async def settled(*futures: asyncio.Future[bool], within: float = 20.0) -> list[bool]:
    return list(await asyncio.wait_for(asyncio.gather(*futures), within))


class TestRateGate:
    async def test_two_senders_posting_to_one_group_together_keep_within_its_limits(
        self, processes: Processes
    ) -> None:
        transports = [TimedTransport(), TimedTransport()]
        boxes = [sender(processes(), transport) for transport in transports]

        futures = [boxes[n % 2].send(message(GROUP, f"message {n}")) for n in range(30)]
        assert all(await settled(*futures))

        calls = sorted((at, n) for n, transport in enumerate(transports) for at, _, _ in transport.sent)
        times = [at for at, _ in calls]
        assert len(times) == 30
        closest = min(later - earlier for earlier, later in itertools.pairwise(times))
        assert closest >= GROUP_LIMIT, f"two group messages {closest:.3f} s apart"
        assert most_in_window(times, LIMITS.group_period) <= LIMITS.group_messages
        who = [n for _, n in calls]
        assert who.index(0) < len(who) - 1 - who[::-1].index(1)  # they took turns: neither waited for
        assert who.index(1) < len(who) - 1 - who[::-1].index(0)  # the other to send all it had

    async def test_a_slow_call_holds_the_next_one_to_its_group_back_from_its_end(
        self, processes: Processes
    ) -> None:
        """Seen with 4 workers on a busy machine (bench/scale.py): a call held up after its slot (a card
        read from a busy database) came close to the next, and Telegram answered 429. The interval is
        counted from a call's end."""
        transports = [TimedTransport(), TimedTransport()]
        for transport in transports:
            transport.takes = 3 * LIMITS.group_interval
        boxes = [sender(processes(), transport) for transport in transports]

        futures = [boxes[n % 2].send(message(GROUP, f"message {n}")) for n in range(6)]
        assert all(await settled(*futures))

        calls = sorted(
            (at, answered)
            for t in transports
            for (at, _, _), answered in zip(t.sent, t.answered, strict=True)
        )
        gaps = [later[0] - earlier[1] for earlier, later in itertools.pairwise(calls)]
        assert min(gaps) >= GROUP_LIMIT, f"a call {min(gaps):.3f} s after the previous one was answered"

    async def test_a_429_one_sender_meets_pauses_the_others_writes_to_that_chat_only(
        self, processes: Processes
    ) -> None:
        first, second = TimedTransport(), TimedTransport()
        first.fail[0] = RetryAfter(PAUSE)
        one, other = sender(processes(), first), sender(processes(), second)

        told = one.send(message(GROUP, "from one"))
        await asyncio.wait_for(first.met_429.wait(), 5)
        met = first.attempts[0][0]
        paused = other.send(message(GROUP, "from the other"))
        elsewhere = other.send(message(OTHER_GROUP, "to another group"))
        assert all(await settled(told, paused, elsewhere))

        sent = {text: at - met for at, _, text in first.sent + second.sent}
        assert sent["from the other"] >= PAUSE
        assert sent["from one"] >= PAUSE  # its own retry, after its own sleep
        assert sent["to another group"] < PAUSE / 2

    async def test_the_sender_that_met_the_429_sleeps_through_it_once_and_the_other_waits_it_out(
        self, processes: Processes
    ) -> None:
        first, second = TimedTransport(), TimedTransport()
        first.fail[0] = RetryAfter(PAUSE)
        sleeps: list[float] = []

        async def no_sleep(seconds: float) -> None:  # as if the pause were over
            sleeps.append(seconds)

        one = sender(processes(), first, sleep=no_sleep)
        other = sender(processes(), second)

        assert await settled(one.send(message(GROUP, "from one")))
        met = first.attempts[0][0]
        assert sleeps == [PAUSE] and first.sent[0][0] - met < PAUSE / 2  # not waited for a second time
        assert await settled(other.send(message(GROUP, "from the other")))
        assert second.sent[0][0] - met >= PAUSE

    async def test_senders_to_many_chats_keep_within_the_bots_rate_together(
        self, processes: Processes
    ) -> None:
        per_second = 40
        limits = Limits(chat_interval=0.05, bot_per_second=per_second)
        transports = [TimedTransport(), TimedTransport()]
        boxes = [sender(processes(limits), transport) for transport in transports]

        futures = [boxes[n % 2].send(message(str(1000 + n), "your order")) for n in range(3 * per_second)]
        assert all(await settled(*futures))

        times = [at for transport in transports for at, _, _ in transport.sent]
        assert len(times) == 3 * per_second
        # A bucket lets a second's worth go at once, a count per second as many on each side of a
        # second's edge: never more than twice the rate in any second (each sender on its own: 4 times).
        assert most_in_window(times, 1.0) <= 2 * per_second


class Unreachable:
    """Every call fails, as with a Redis that went away; `calls` counts them."""

    calls = 0

    async def get(self, *args: object, **kwargs: object) -> None:
        Unreachable.calls += 1
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    set = set_if_absent = delete = incr = value = get


class BrokenState(MemorySharedState):
    """A shared state whose backend is gone."""

    shared = True

    def __init__(self) -> None:
        super().__init__()
        self.values = self.counters = Unreachable()  # type: ignore[assignment]


async def test_without_its_shared_state_a_sender_keeps_to_its_own_limits_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    transport = TimedTransport()
    transport.fail[0] = RetryAfter(0.05)
    box = sender(rate_gate(BrokenState(), LIMITS), transport)
    Unreachable.calls = 0

    with caplog.at_level(logging.WARNING, logger="bot.telegram.rate_gate"):
        futures = [box.send(message(GROUP, f"message {n}")) for n in range(4)]
        assert all(await settled(*futures))

    times = [at for at, _, _ in transport.sent]
    assert len(times) == 4
    assert min(later - earlier for earlier, later in itertools.pairwise(times)) >= GROUP_LIMIT
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.telegram.rate_gate"]
    assert len(warnings) == 1 and "limits are per process" in warnings[0]
    assert Unreachable.calls == 1  # asked again only seconds later, not once per send


def test_the_gate_follows_the_state_and_the_outbox_refuses_limits_its_gate_does_not_have() -> None:
    assert isinstance(rate_gate(MemorySharedState(), LIMITS), MemoryRateGate)
    assert isinstance(rate_gate(BrokenState(), LIMITS), SharedRateGate)
    with pytest.raises(ValueError, match="give the limits to the gate"):
        sender(MemoryRateGate(LIMITS), TimedTransport(), limits=Limits())


async def test_the_memory_gate_forgets_chats_idle_long_enough_to_be_as_new() -> None:
    limits = Limits(chat_interval=0.2, group_period=4.0)  # a group's bucket is full again after 0.21 s
    busy, quiet = MemoryRateGate(limits, sweep_from=4), MemoryRateGate(limits, sweep_from=4)
    for n in range(5):
        await busy.slot(str(n))
    for n in range(3):
        await quiet.slot(str(n))
    await asyncio.sleep(0.3)
    await quiet.slot("-1")
    await quiet.slot("3")

    assert busy.chats_kept == 5  # none idle long enough: all kept
    assert quiet.chats_kept == 2  # the three idle chats are forgotten; the group that just sent is kept
