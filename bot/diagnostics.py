"""`kill -USR1 <pid>`: a running Tuan writes what each asyncio task and each thread is waiting on to its
log (stderr). A stop that hangs, or a worker that stalls, then says where without a debugger; the
tests' process harnesses send it before they give up on a process."""

from __future__ import annotations

import asyncio
import faulthandler
import signal
import sys
from types import FrameType
from typing import TextIO


def dump_waits(out: TextIO | None = None) -> None:
    """Every task of the running loop (if any) with its stack, then every thread's."""
    out = out or sys.stderr
    try:
        tasks = asyncio.all_tasks()
    except RuntimeError:  # no loop running in this thread
        tasks = set()
    print(f"--- {len(tasks)} asyncio tasks ---", file=out)
    for task in sorted(tasks, key=lambda task: task.get_name()):
        print(f"task {task.get_name()}:", file=out)
        task.print_stack(limit=12, file=out)
    print("--- threads ---", file=out, flush=True)
    faulthandler.dump_traceback(file=out, all_threads=True)
    out.flush()


def install() -> None:
    """Dump on SIGUSR1 (in the main thread, between the loop's steps: the loop itself is not stopped)."""

    def on_signal(signum: int, frame: FrameType | None) -> None:
        dump_waits()

    if hasattr(signal, "SIGUSR1"):
        signal.signal(signal.SIGUSR1, on_signal)
