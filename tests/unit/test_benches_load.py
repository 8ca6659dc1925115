"""Every benchmark under bench/ loads and answers `--help`: a refactor that breaks one (a moved helper,
a renamed import) fails here, not weeks later when someone measures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHES = sorted(
    p for p in (Path(__file__).resolve().parents[2] / "bench").glob("*.py") if p.name != "timing.py"
)


@pytest.mark.parametrize("bench", BENCHES, ids=lambda p: p.stem)
def test_the_bench_loads_and_says_how_to_run_it(bench: Path) -> None:
    done = subprocess.run([sys.executable, str(bench), "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:")
