"""A reader of the small, unambiguous part of YAML that deploy/compose.yaml is written in (PyYAML is
not in requirements.lock): block mappings with plain keys, block sequences of scalars, flow sequences
written as JSON (`["CMD", "pg_isready"]`), double-quoted (JSON escapes) or single-quoted strings, plain
scalars (`true`, `false`, `null`, integers, else a string) and comments.

Anything else is refused with its line number rather than read differently from YAML: anchors and
aliases, tags, block scalars (`|`, `>`), flow mappings, several documents, a mapping inside a sequence
item, tabs, YAML 1.1's `yes`/`no`/`on`/`off` and bare floats (quote them). So what this reader accepts,
a YAML parser reads the same.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

KEY = re.compile(r"^(?P<key>[A-Za-z0-9_.-]+):(?:[ ]+(?P<rest>.*))?$")
INTEGER = re.compile(r"^[-+]?\d+$")
FLOAT = re.compile(r"^[-+]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][-+]?\d+)$|^\.(inf|nan)$", re.IGNORECASE)
AMBIGUOUS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}
REFUSED_STARTS = ("{", "&", "*", "!", "|", ">", "%", "@", "`", "?")


class YamlSubsetError(ValueError):
    """The text is outside the subset (or not YAML); the message names the line."""


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    text: str


def _without_comment(raw: str, number: int) -> str:
    quote, i = "", 0
    while i < len(raw):
        char = raw[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 1  # the escaped character
            elif char == quote:
                quote = ""
        elif char in "\"'" and (i == 0 or raw[i - 1] in " [,-:"):
            quote = char
        elif char == "#" and (i == 0 or raw[i - 1] == " "):
            return raw[:i].rstrip()
        i += 1
    if quote:
        raise YamlSubsetError(f"line {number}: a quoted string is not closed")
    return raw.rstrip()


def _lines(text: str) -> list[_Line]:
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise YamlSubsetError(f"line {number}: a tab in the indentation")
        if raw.startswith(("---", "...")):
            raise YamlSubsetError(f"line {number}: one document only")
        content = _without_comment(raw, number)
        if content.strip():
            found.append(_Line(number, len(content) - len(content.lstrip()), content.strip()))
    return found


def scalar(text: str, number: int) -> Any:
    """One value written on a line."""
    if text.startswith('"'):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise YamlSubsetError(f"line {number}: not one double-quoted string: {text}") from exc
        if not isinstance(value, str):
            raise YamlSubsetError(f"line {number}: not one double-quoted string: {text}")
        return value
    if text.startswith("'"):
        inner = text[1:-1]
        if len(text) < 2 or not text.endswith("'") or re.search(r"(?<!')'(?!')", inner):
            raise YamlSubsetError(f"line {number}: not one single-quoted string: {text}")
        return inner.replace("''", "'")
    if text.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise YamlSubsetError(f"line {number}: a flow sequence must be written as JSON: {text}") from exc
        if not isinstance(value, list) or any(isinstance(v, dict | list | float) for v in value):
            raise YamlSubsetError(f"line {number}: a flow sequence of strings, integers or booleans only")
        return value
    if text.startswith(REFUSED_STARTS):
        raise YamlSubsetError(f"line {number}: {text[0]!r} is outside the subset: {text}")
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~"):
        return None
    if text.lower() in AMBIGUOUS or FLOAT.match(text):
        raise YamlSubsetError(f"line {number}: {text!r} reads differently in YAML 1.1 and 1.2: quote it")
    if INTEGER.match(text):
        return int(text)
    if ": " in text or text.endswith(":") or " #" in text:
        raise YamlSubsetError(f"line {number}: a plain string with ': ' or ' #' in it: quote it: {text}")
    return text


def _block(lines: list[_Line], i: int, indent: int) -> tuple[Any, int]:
    if lines[i].text == "-" or lines[i].text.startswith("- "):
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _sequence(lines: list[_Line], i: int, indent: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    while i < len(lines) and lines[i].indent == indent and (lines[i].text + " ").startswith("- "):
        line = lines[i]
        text = line.text[1:].strip()
        if not text:
            raise YamlSubsetError(f"line {line.number}: an empty sequence item (nested blocks are refused)")
        if KEY.match(text):
            raise YamlSubsetError(f"line {line.number}: a mapping in a sequence item is outside the subset")
        items.append(scalar(text, line.number))
        i += 1
    return items, i


def _mapping(lines: list[_Line], i: int, indent: int) -> tuple[dict[str, Any], int]:
    found: dict[str, Any] = {}
    while i < len(lines) and lines[i].indent >= indent:
        line = lines[i]
        if line.indent > indent:
            raise YamlSubsetError(f"line {line.number}: unexpected indentation")
        if line.text.startswith("- "):
            break
        match = KEY.match(line.text)
        if match is None:
            raise YamlSubsetError(f"line {line.number}: expected `key: value`: {line.text}")
        key, rest = match.group("key"), match.group("rest")
        if key in found:
            raise YamlSubsetError(f"line {line.number}: {key!r} appears twice")
        i += 1
        if rest:
            found[key] = scalar(rest, line.number)
        elif i < len(lines) and (
            lines[i].indent > indent or (lines[i].indent == indent and lines[i].text.startswith("- "))
        ):
            found[key], i = _block(lines, i, lines[i].indent)
        else:
            found[key] = None
    return found, i


def load(text: str) -> dict[str, Any]:
    """The document: a mapping at its top."""
    lines = _lines(text)
    if not lines:
        return {}
    if lines[0].indent:
        raise YamlSubsetError(f"line {lines[0].number}: the document starts indented")
    value, i = _mapping(lines, 0, 0)
    if i != len(lines):
        raise YamlSubsetError(f"line {lines[i].number}: unexpected {lines[i].text}")
    return value
