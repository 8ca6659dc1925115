"""`kill -USR1` makes a running Tuan say what each task and thread waits on (bot/diagnostics.py): the
process harnesses send it before giving up on a stop, so a hang names its place in the failure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

SCRIPT = """
import asyncio, sys
from bot import diagnostics

async def wait_for_ever(stuck: asyncio.Event) -> None:
    await stuck.wait()

async def main() -> None:
    diagnostics.install()
    stuck = asyncio.Event()
    asyncio.create_task(wait_for_ever(stuck), name="stuck-in-a-stop")
    print("ready", flush=True)
    await asyncio.sleep(30)

asyncio.run(main())
"""


def test_sigusr1_writes_every_task_and_where_it_waits_then_goes_on() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        process.send_signal(signal.SIGUSR1)
        time.sleep(0.5)
        assert process.poll() is None  # still running: a dump stops nothing
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert "asyncio tasks ---" in err
    assert "task stuck-in-a-stop:" in err and "in wait_for_ever" in err
    assert "--- threads ---" in err and "Current thread" in err
