"""Quiet hours: a daily local-time window without routine messages.

Its own module so that settings can validate `TUAN_WECHAT_QUIET_HOURS` without importing a platform
(one platform under bot/ never imports another, and every platform imports bot.settings).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta


@dataclass(frozen=True)
class QuietHours:
    """A daily local-time window without routine re-posts; it may wrap midnight (22:00–07:00)."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours | None:
        """`"22:00-07:00"` (or `""`/`"off"` for none)."""
        text = text.strip()
        if text.lower() in ("", "off", "none"):
            return None
        try:
            start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
        except ValueError:
            raise ValueError(f"quiet hours must look like 22:00-07:00, not {text!r}") from None
        return cls(start, end)

    def contains(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def ends_after(self, local: datetime) -> datetime:
        """The first local moment after `local` at which quiet hours are over."""
        end = local.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        return end if end > local else end + timedelta(days=1)


NIGHTS = QuietHours(time(22), time(7))  # the default: 22:00-07:00
