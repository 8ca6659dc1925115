"""The clock of a running Tuan: aware UTC, with an offset tests and the playground can move forward.

The offset lets an end-to-end test make a deadline pass without waiting (`POST /api/clock` in the
playground, or `TUAN_CLOCK_OFFSET_SECONDS` at start-up). Whoever moves it must tell the scheduler, which
sleeps on the real clock until the next deadline on this one (`Tuan.advance_clock` does both).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def real_now() -> datetime:
    """The machine's time, aware UTC: what the event loop's timers go by."""
    return datetime.now(UTC)


class SystemClock:
    """`commerce.ports.Clock` on the system time plus `offset`."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return real_now() + self.offset

    def advance(self, seconds: float) -> None:
        """Move the clock forward (never back: deadlines already fired stay fired)."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self.offset += timedelta(seconds=seconds)
