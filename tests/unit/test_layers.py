"""The layer rule, complete: commerce/ imports the standard library only, handlers/ also commerce and babel.

import-linter (`lint-imports`, pyproject.toml) can only forbid packages it is told about; this reads every
import statement of the two packages instead, so a dependency added tomorrow cannot slip through. It
also keeps import-linter's list of third-party packages in step with requirements.lock.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What each package may import besides the standard library (first-party packages and third-party ones).
ALLOWED = {
    "commerce": frozenset({"commerce"}),
    "handlers": frozenset({"commerce", "handlers", "babel"}),
}
DYNAMIC = {"import_module", "__import__"}  # importlib.import_module("x"), __import__("x")


def imported(source: str) -> Iterator[tuple[int, str]]:
    """(line, top-level module) of every absolute import in `source`, including `TYPE_CHECKING` blocks,
    imports inside functions, and `import_module`/`__import__` calls with a literal name."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            name = node.args[0].value
            if called in DYNAMIC and isinstance(name, str) and not name.startswith("."):
                yield node.lineno, name.split(".")[0]


def violations(package: str, files: dict[str, str]) -> list[str]:
    """`file:line imports module` for every import of `files` (path -> source) outside the rule."""
    allowed = ALLOWED[package] | sys.stdlib_module_names
    return [
        f"{path}:{line} imports {module}"
        for path, source in sorted(files.items())
        for line, module in sorted(imported(source))
        if module not in allowed
    ]


def _sources(package: str) -> dict[str, str]:
    return {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def test_commerce_imports_the_standard_library_only() -> None:
    files = _sources("commerce")
    assert len(files) > 5
    assert violations("commerce", files) == []


def test_handlers_import_commerce_the_standard_library_and_babel_only() -> None:
    files = _sources("handlers")
    assert len(files) > 5
    assert violations("handlers", files) == []


def test_every_kind_of_import_is_seen() -> None:
    source = """
import json, pydantic.fields
from typing import TYPE_CHECKING
from . import sibling
from .domain import money
if TYPE_CHECKING:
    from sqlalchemy import Table
def later():
    import aiosqlite
    import importlib
    importlib.import_module("asyncpg.pool")
    __import__("redis")
from babel import Locale
from storage import db
from handlers.texts import t
from commerce.domain import money
"""
    assert violations("commerce", {"commerce/x.py": source}) == [
        "commerce/x.py:2 imports pydantic",
        "commerce/x.py:7 imports sqlalchemy",
        "commerce/x.py:9 imports aiosqlite",
        "commerce/x.py:11 imports asyncpg",
        "commerce/x.py:12 imports redis",
        "commerce/x.py:13 imports babel",
        "commerce/x.py:14 imports storage",
        "commerce/x.py:15 imports handlers",
    ]
    assert violations("handlers", {"handlers/x.py": source}) == [
        "handlers/x.py:2 imports pydantic",
        "handlers/x.py:7 imports sqlalchemy",
        "handlers/x.py:9 imports aiosqlite",
        "handlers/x.py:11 imports asyncpg",
        "handlers/x.py:12 imports redis",
        "handlers/x.py:14 imports storage",
    ]


def _locked_distributions() -> set[str]:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {_normal(name) for name in re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", lock, re.MULTILINE)}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_import_linter_forbids_every_third_party_package_of_the_lock() -> None:
    """Each installed distribution of requirements.lock (but babel) has its top-level modules in the
    forbidden list of the "standard library only" contract: add the names this prints there."""
    locked = _locked_distributions()
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    (third_party,) = (
        set(c["forbidden_modules"])
        for c in contracts["contracts"]
        if c["type"] == "forbidden" and set(c["source_modules"]) == {"commerce", "handlers"}
    )
    tops = {
        module
        for module, distributions in packages_distributions().items()
        if module.isidentifier() and not module.startswith("_")
        if any(_normal(d) in locked for d in distributions)
    }
    assert "sqlalchemy" in tops and "babel" in tops, "the environment is not the lock's: make install-dev"
    assert sorted(tops - third_party - {"babel"}) == []
    assert "babel" not in third_party
