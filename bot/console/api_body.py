"""The API's own words for a body it cannot use: not JSON, not the JSON object asked for, a field it
does not know or a value of the wrong kind. Pydantic finds the problem; the text is ours, in the
caller's language (a Chinese answer never carries pydantic's English)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from handlers.texts import t

# Each body field's own message (and its placeholders' values), when its value is not usable.
FIELD_KEYS: dict[str, str] = {"group_buy_id": "console_api_bad_group_buy_id"}


def problems(lang: str, errors: Iterable[Mapping[str, Any]], *, max_id: int) -> list[dict[str, str]]:
    """`[{"where": "body.group_buy_id", "problem": text}]`, one entry a place, in order."""
    found: dict[str, str] = {}
    for error in errors:
        loc = tuple(str(part) for part in error.get("loc", ()))
        kind = str(error.get("type", ""))
        where = "body" if kind == "json_invalid" else ".".join(loc) or "body"  # not the error's offset
        found.setdefault(where, _problem(lang, loc, kind, max_id=max_id))
    return [{"where": where, "problem": text} for where, text in found.items()]


def _problem(lang: str, loc: tuple[str, ...], kind: str, *, max_id: int) -> str:
    if kind == "json_invalid":
        return t(lang, "console_api_body_not_json")
    if loc[:1] == ("body",) and len(loc) == 1:
        return t(lang, "console_api_body_not_object")
    field = loc[-1] if loc else "body"
    if kind == "extra_forbidden":
        return t(lang, "console_api_body_unknown_field", field=field[:40])
    if field in FIELD_KEYS:
        return t(lang, FIELD_KEYS[field], max=max_id)
    return t(lang, "console_api_body_bad_value", field=field[:40])
