"""Session 34: the Configuration table's row for TUAN_REDIS_URL gave its default as "unset (memory)",
while on PostgreSQL without Redis several workers share what they learn of a group through the
database (`shared_values`, migration 0058). The row (still one line) now says both: each process's
memory, and the database for that group state on PostgreSQL; as `group_values` chooses."""

from __future__ import annotations

from pathlib import Path

from bot.telegram.run import group_values
from storage.db import make_engine
from storage.state_db import DatabaseKeyValues
from storage.state_memory import MemorySharedState

README = Path(__file__).resolve().parents[2] / "README.md"


def _row() -> str:
    [row] = [
        line
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `TUAN_REDIS_URL`")
    ]
    return row


def test_the_rows_default_names_memory_and_the_database_on_postgresql() -> None:
    default = _row().split(" | ")[1]
    assert default != "unset (memory)"
    assert "memory" in default and "PostgreSQL" in default and "`shared_values`" in default, default
    assert _row().count(" | ") == 2  # one row of three cells, on one line


async def test_the_row_says_what_the_process_uses() -> None:
    memory = MemorySharedState()
    postgres = make_engine("postgresql+asyncpg://tuan@127.0.0.1:1/tuan")  # never connected
    sqlite = make_engine("sqlite+aiosqlite:///:memory:")
    try:
        assert isinstance(group_values(memory, postgres), DatabaseKeyValues)  # "in the database"
        assert group_values(memory, sqlite) is memory.values  # "each process's memory"
    finally:
        await postgres.dispose()
        await sqlite.dispose()
