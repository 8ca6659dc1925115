"""Replies to and from JSON: the answer saved for an update id, returned as-is when the update repeats."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from handlers.types import Button, Invoice, Reply

_DEFAULTS = Reply()
_FIELDS = tuple((spec.name, getattr(_DEFAULTS, spec.name)) for spec in fields(Reply))  # name, default


def dumps(replies: list[Reply]) -> str:
    """Compact JSON: only the fields that differ from a blank `Reply`."""
    return json.dumps([to_dict(reply) for reply in replies], ensure_ascii=False, separators=(",", ":"))


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
        elif name == "invoice":
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
    return Reply(**values)
