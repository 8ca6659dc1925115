"""Replies to and from JSON: the answer saved for an update id, returned as-is when the update repeats."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from handlers.types import Button, Column, Document, Invoice, Reaction, Reply, Sheet

_DEFAULTS = Reply()
_FIELDS = tuple((spec.name, getattr(_DEFAULTS, spec.name)) for spec in fields(Reply))  # name, default


# `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`, its encoder made once (every answer and
# outbox row of every update is written with it)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def compact(value: object) -> str:
    """`value` as compact JSON, as written: no spaces, no escaped non-ASCII."""
    return _COMPACT.encode(value)


def dumps(replies: list[Reply]) -> str:
    """Compact JSON: only the fields that differ from a blank `Reply`."""
    return compact([to_dict(reply) for reply in replies])


def loads(text: str | None) -> list[Reply]:
    if not text:
        return []
    return [from_dict(item) for item in json.loads(text)]


def to_dict(reply: Reply) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, default in _FIELDS:  # every reply of every update passes here: fields() looked up once
        value = getattr(reply, name)
        if value == default:
            continue
        if name == "buttons":
            value = [[[button.label, button.data] for button in row] for row in value]
        elif name in ("reaction", "reaction_instead"):  # as `asdict` makes it, without its deep copy
            value = {"message_id": value.message_id, "emoji": value.emoji}
        elif name in ("invoice", "document"):
            value = asdict(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


def from_dict(item: dict[str, Any]) -> Reply:
    known = {spec.name for spec in fields(Reply)}
    values = {key: value for key, value in item.items() if key in known}
    if "buttons" in values:
        values["buttons"] = tuple(
            tuple(Button(label, data) for label, data in row) for row in values["buttons"]
        )
    if "mention" in values:
        values["mention"] = tuple(values["mention"])
    if "invoice" in values:
        values["invoice"] = Invoice(**values["invoice"])
    if "document" in values:
        values["document"] = _document(values["document"])
    if "reaction" in values:
        values["reaction"] = Reaction(**values["reaction"])
    if "reaction_instead" in values:
        values["reaction_instead"] = Reaction(**values["reaction_instead"])
    return Reply(**values)


def _document(item: dict[str, Any]) -> Document:
    """A document's table back from JSON (lists to tuples, columns and sheets to their classes)."""
    sheets = tuple(
        Sheet(
            name=sheet["name"],
            columns=tuple(Column(**column) for column in sheet["columns"]),
            rows=tuple(tuple(row) for row in sheet["rows"]),
            totals=tuple(sheet.get("totals", ())),
            currency=sheet.get("currency", ""),
            notes=tuple(sheet.get("notes", ())),
        )
        for sheet in item["sheets"]
    )
    return Document(name=item["name"], kind=item["kind"], sheets=sheets)
