"""pytest imports test modules by their file name (tests/ has no package per folder), so two test files
with one name in different folders stop the whole run at collection on a clean checkout."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_every_test_module_has_its_own_name() -> None:
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert [name for name, seen in names.items() if seen > 1] == []
