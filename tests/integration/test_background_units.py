"""Units of work in `background()` (a big close's later orders) give way to the units queued for a
connection, a bounded number of times, so a person's command is never queued behind them for long and
they are never starved."""

from __future__ import annotations

import asyncio

import pytest

from storage import uow as uow_module
from storage.uow import FairGate, background


async def _settle() -> None:
    for _ in range(10):  # every task started so far reaches the gate
        await asyncio.sleep(0)


async def test_a_background_unit_lets_a_command_queued_behind_it_go_first() -> None:
    gate = FairGate(1, 5.0)
    granted: list[str] = []
    holding = await gate.acquire()

    async def unit(name: str, *, quietly: bool = False) -> None:
        if quietly:
            with background():
                held = await gate.acquire()
        else:
            held = await gate.acquire()
        granted.append(name)
        await asyncio.sleep(0)
        held.release()

    orders = asyncio.create_task(unit("orders", quietly=True))
    await _settle()
    command = asyncio.create_task(unit("+1"))  # queued after the background unit
    await _settle()
    holding.release()
    await asyncio.gather(orders, command)

    assert granted == ["+1", "orders"]


async def test_a_background_unit_gives_way_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uow_module, "BACKGROUND_YIELDS", 1)
    gate = FairGate(1, 5.0)
    granted: list[str] = []
    holding = await gate.acquire()
    later: list[asyncio.Task[None]] = []

    async def unit(name: str, *, quietly: bool = False) -> None:
        if quietly:
            with background():
                held = await gate.acquire()
        else:
            held = await gate.acquire()
        granted.append(name)
        if name == "first":  # a command that comes while the background unit waits a second time
            later.append(asyncio.create_task(unit("third")))
            await _settle()
        held.release()

    orders = asyncio.create_task(unit("orders", quietly=True))
    await _settle()
    first = asyncio.create_task(unit("first"))
    second = asyncio.create_task(unit("second"))
    await _settle()
    holding.release()
    await asyncio.gather(orders, first, second)
    await asyncio.gather(*later)

    assert granted == ["first", "second", "orders", "third"]  # gave way once, then took its turn
