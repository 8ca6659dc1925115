"""Issue #15 (bench/scale.py, 4 workers on a busy 2-core machine): Telegram answered 429 three times.
The rate gate spaced a group's calls from the moment each was given its slot, but a card edit then read
the card from a busy database before calling Telegram, so it could arrive close to the next call and
more than 20 came within a rolling minute. A slot is now held while its call is out, and the interval
counts from the call's end."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.telegram.rate_gate import MemoryRateGate
from tests.adapters.telegram.test_telegram_rate_gate import (
    GROUP,
    GROUP_LIMIT,
    LIMITS,
    TimedTransport,
    message,
    most_in_window,
    sender,
)

pytestmark = pytest.mark.xdist_group("timing")


async def test_slow_calls_to_one_group_keep_their_spacing_from_each_answer() -> None:
    gate = MemoryRateGate(LIMITS)  # two outboxes of one process
    transports = [TimedTransport(), TimedTransport()]
    for transport in transports:
        transport.takes = 2 * LIMITS.group_interval  # each call answered well after the next slot
    boxes = [sender(gate, transport) for transport in transports]

    sent = [boxes[n % 2].send(message(GROUP, f"card {n}")) for n in range(24)]
    assert all(await asyncio.wait_for(asyncio.gather(*sent), 60))

    calls = sorted(
        (at, answered) for t in transports for (at, _, _), answered in zip(t.sent, t.answered, strict=True)
    )
    assert len(calls) == 24
    assert all(later[0] - earlier[1] >= GROUP_LIMIT for earlier, later in itertools.pairwise(calls))
    assert most_in_window([answered for _, answered in calls], LIMITS.group_period) <= LIMITS.group_messages
