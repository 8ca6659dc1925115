"""s36 #6: handlers/parsing/template.py imported joins.py's private `_names_her`. The reader of whether a
list line names the member is now one public function (`handlers.parsing.joins.names_her`), and no
parsing module imports another's private name."""

from __future__ import annotations

import ast
from pathlib import Path

from handlers.parsing import joins, template

PARSING = Path(__file__).resolve().parents[2] / "handlers" / "parsing"


def test_no_parsing_module_imports_a_private_name() -> None:
    private = [
        f"{path.name}: {alias.name}"
        for path in sorted(PARSING.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


def test_the_template_reads_names_with_the_joins_reader() -> None:
    assert template.names_her is joins.names_her
    assert joins.names_her("3. 小李 2份", ["小李"])
    assert not joins.names_her("3. 小李子 2份", ["小李"])
