"""At the default INFO level a flash group buy must not write a log line per Telegram update (aiogram's
"Update id=… is handled"), while aiogram's errors and our own INFO lines still show."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.__main__ import configure_logging


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    levels = {name: logging.getLogger(name).level for name in ("aiogram.event", "bot.telegram.run")}
    root.handlers.clear()
    stream = io.StringIO()
    try:
        configure_logging("INFO")
        root.handlers[0].setStream(stream)  # type: ignore[attr-defined]
        yield stream
    finally:
        root.handlers[:] = saved[1]
        root.setLevel(saved[0])
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def test_update_handled_line_is_quiet_but_errors_and_our_info_show(captured: io.StringIO) -> None:
    logging.getLogger("aiogram.event").info("Update id=%s is handled. Duration %d ms", 7, 3)
    logging.getLogger("aiogram.event").error("Failed to make answer: %s", "boom")
    logging.getLogger("bot.telegram.run").info("webhook set")

    out = captured.getvalue()
    assert "is handled" not in out
    assert "Failed to make answer: boom" in out
    assert "webhook set" in out
