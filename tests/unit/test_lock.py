"""requirements.lock stays the install of pyproject.toml: every dependency in it, inside its bounds, hashed.

A dependency line added without `make lock` fails here with its name, instead of as an ImportError on a
fresh machine; so does a lock that would take the SQLite fast path away (storage.db.FAST_PATH_TESTED).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

from storage.db import FAST_PATH_TESTED

ROOT = Path(__file__).resolve().parents[2]
EXTRAS = ("dev", "wechat", "ai")  # what `make lock` compiles


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> str:
    return (ROOT / "requirements.lock").read_text(encoding="utf-8")


def _pins() -> dict[str, Version]:
    return {
        _normal(name): Version(v) for name, v in re.findall(r"^([A-Za-z0-9][\w.-]*)==(\S+)", _lock(), re.M)
    }


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] + [
        line for extra in EXTRAS for line in project["optional-dependencies"][extra]
    ]
    return [Requirement(line) for line in lines]


def test_every_dependency_is_locked_within_its_bounds() -> None:
    pins = _pins()
    missing = [str(r) for r in _declared() if _normal(r.name) not in pins]
    assert missing == [], "not in requirements.lock: run `make lock`"
    outside = [
        f"{r} locked at {pins[_normal(r.name)]}"
        for r in _declared()
        if pins[_normal(r.name)] not in r.specifier
    ]
    assert outside == [], "requirements.lock is older than pyproject.toml: run `make lock`"


def test_every_dependency_has_an_upper_bound() -> None:
    unbounded = [
        str(r) for r in _declared() if not any(s.operator in ("<", "<=", "==", "~=") for s in r.specifier)
    ]
    assert unbounded == []


def test_every_pin_carries_hashes() -> None:
    entries = re.split(r"\n(?=[A-Za-z0-9])", _lock().split("\n", 2)[2].strip())
    assert len(entries) == len(_pins()) > 50
    assert [e.split(" ")[0] for e in entries if "--hash=sha256:" not in e] == []


def test_the_locked_sqlalchemy_and_aiosqlite_get_the_sqlite_fast_path() -> None:
    pins = _pins()
    for name, tested in FAST_PATH_TESTED.items():
        assert (pins[name].major, pins[name].minor) in tested, f"{name} {pins[name]}: not a tested release"
