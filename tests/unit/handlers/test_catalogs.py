"""Both catalogs say the same things, and every refusal raised anywhere has a message in both.

The raise sites are collected from the source (`DomainError("code", param=...)` and its subclasses, and
the codes the transition tables produce), so a new code without texts fails here, not in a chat.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from handlers.texts import CATALOGS, t

ROOT = Path(__file__).resolve().parents[3]
ERROR_CLASSES = {"DomainError", "NotFound", "TransitionNotAllowed"}
TRANSITIONS_FILE = ROOT / "commerce" / "domain" / "transitions.py"


def placeholders(template: str) -> set[str]:
    return {
        field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field
    }


def raise_sites(package: str) -> list[tuple[str, frozenset[str], str]]:
    """(code, keyword parameters, where) of every error constructed with a literal code in `package`."""
    sites: list[tuple[str, frozenset[str], str]] = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = ERROR_CLASSES | {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(getattr(b, "id", "") in ERROR_CLASSES for b in node.bases)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in classes and node.args):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                sites.append((first.value, frozenset(k.arg for k in node.keywords if k.arg), where))
            else:
                assert path == TRANSITIONS_FILE, f"{where}: an error code that is not a literal string"
    return sites


def transition_codes() -> list[tuple[str, frozenset[str], str]]:
    """`{kind}_{action}_not_allowed` for every action of every `TransitionTable(...)` in commerce/."""
    codes: list[tuple[str, frozenset[str], str]] = []
    for path in sorted((ROOT / "commerce").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "TransitionTable":
                kind_node, moves = node.args
                assert isinstance(kind_node, ast.Constant) and isinstance(moves, ast.Dict)
                for key in moves.keys:
                    assert isinstance(key, ast.Tuple) and isinstance(key.elts[1], ast.Constant)
                    code = f"{kind_node.value!s}_{key.elts[1].value!s}_not_allowed"
                    codes.append(
                        (code, frozenset({"status", "action"}), f"{path.relative_to(ROOT)}:{node.lineno}")
                    )
    return codes


COMMERCE_SITES = raise_sites("commerce") + transition_codes()
HANDLER_SITES = raise_sites("handlers")


def test_the_source_scan_finds_what_it_should() -> None:
    codes = {code for code, _, _ in COMMERCE_SITES}
    assert {"sold_out", "limit_exceeded", "price_invalid", "no_open_group_buy", "order_already_paid"} <= codes
    assert {"group_buy_cancel_not_allowed", "order_refund_not_allowed", "member_no_order"} <= codes
    assert {"price_missing", "ends_invalid", "join_usage", "unknown_command"} <= {
        c for c, _, _ in HANDLER_SITES
    }


def test_both_catalogs_have_the_same_keys() -> None:
    assert set(CATALOGS["zh"]) == set(CATALOGS["en"])


@pytest.mark.parametrize("key", sorted(CATALOGS["en"]))
def test_both_catalogs_have_the_same_placeholders(key: str) -> None:
    assert placeholders(CATALOGS["zh"][key]) == placeholders(CATALOGS["en"][key])


@pytest.mark.parametrize(("code", "params", "where"), COMMERCE_SITES + HANDLER_SITES)
def test_every_refusal_has_a_message_in_both_languages(code: str, params: frozenset[str], where: str) -> None:
    for lang, catalog in CATALOGS.items():
        assert code in catalog, f"{where}: no {lang} text for {code!r}"
        missing = placeholders(catalog[code]) - params
        assert not missing, (
            f"{where}: the {lang} text of {code!r} needs {missing} that the error does not carry"
        )
        assert t(lang, code, **dict.fromkeys(params, "x"))


def test_unknown_languages_fall_back_to_english() -> None:
    assert t("fr", "sold_out", title="Mangoes") == "Sorry, Mangoes is sold out."
