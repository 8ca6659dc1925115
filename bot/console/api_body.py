"""The API's own words for input it cannot use: a body not JSON, not the JSON object asked for, a field
it does not know or a value of the wrong kind; a query parameter the call does not take or out of its
range; a path's id that is not a number. Pydantic finds the problem; the text is ours, in the caller's
language (a Chinese answer never carries pydantic's English)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from handlers.texts import t

# Each body field's own message, when its value is not usable.
FIELD_KEYS: dict[str, str] = {"group_buy_id": "console_api_bad_group_buy_id"}
# Each query parameter's own message.
QUERY_KEYS: dict[str, str] = {"limit": "console_api_bad_limit", "cursor": "console_api_bad_cursor"}


def problems(
    lang: str, errors: Iterable[Mapping[str, Any]], *, max_id: int, max_limit: int = 200
) -> list[dict[str, str]]:
    """`[{"where": "body.group_buy_id", "problem": text}]`, one entry a place, in order."""
    found: dict[str, str] = {}
    for error in errors:
        loc = tuple(str(part) for part in error.get("loc", ()))
        kind = str(error.get("type", ""))
        where = "body" if kind == "json_invalid" else ".".join(loc) or "body"  # not the error's offset
        found.setdefault(where, _problem(lang, loc, kind, error, max_id=max_id, max_limit=max_limit))
    return [{"where": where, "problem": text} for where, text in found.items()]


def _problem(
    lang: str, loc: tuple[str, ...], kind: str, error: Mapping[str, Any], *, max_id: int, max_limit: int
) -> str:
    if kind == "json_invalid":
        return t(lang, "console_api_body_not_json")
    if loc[:1] == ("body",) and len(loc) == 1:
        return t(lang, "console_api_body_not_object")
    field = loc[-1] if loc else "body"
    if loc[:1] == ("path",):  # `/orders/abc/paid`
        return t(lang, "console_api_bad_path_id", field=field[:40], value=str(error.get("input", ""))[:40])
    if loc[:1] == ("query",):
        if kind == "extra_forbidden":
            taken = ", ".join(error.get("taken", ()))
            key = "console_api_unknown_parameter" if taken else "console_api_no_parameters"
            return t(lang, key, field=field[:40], taken=taken)
        if field in QUERY_KEYS:
            return t(lang, QUERY_KEYS[field], max=max_limit, max_id=max_id)
        return t(lang, "console_api_body_bad_value", field=field[:40])
    if kind == "extra_forbidden":
        return t(lang, "console_api_body_unknown_field", field=field[:40])
    if kind == "missing" or kind == "string_too_short":  # `"chat_id": ""` is none
        return t(lang, "console_api_body_missing", field=field[:40])
    if kind == "string_too_long":
        ctx = error.get("ctx") or {}
        return t(lang, "console_api_body_too_long", field=field[:40], max=ctx.get("max_length", ""))
    if field in FIELD_KEYS:
        return t(lang, FIELD_KEYS[field], max=max_id)
    return t(lang, "console_api_body_bad_value", field=field[:40])
