"""The official Bot API method list as a check on one call, so the fake server refuses what Telegram would.

`bot_api_methods.json` beside this file is Bot API 10.1's list of methods and their fields (name, whether
required, types), kept as data. A call arrives as form data: every value a string, nested objects as JSON
strings. `check()` says why Telegram would refuse a call (status and description, in Telegram's wording
where it is known), or None; `decode()` turns the JSON-typed fields into objects for the fake's records.
Unknown fields are refused here although Telegram ignores them: a test fake should catch typos.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

METHODS_FILE = Path(__file__).with_name("bot_api_methods.json")
SCALARS = frozenset({"String", "Integer", "Float", "Boolean", "InputFile"})
INTEGER = re.compile(r"[+-]?\d+")
# Lengths in UTF-16 code units, as Telegram counts entity offsets (an emoji outside the BMP is two):
# never fewer than the characters it counts for its limits, so the fake is at least as strict.
TEXT_LIMIT = 4096  # a message's text (sendMessage, editMessageText)
CALLBACK_ANSWER_LIMIT = 200  # answerCallbackQuery's text
CAPTION_LIMIT = 1024  # a media message's caption (sendDocument, sendPhoto ...)
CALLBACK_DATA_LIMIT = 64  # bytes of an inline button's callback_data (at least 1)
TEXTS = frozenset({"sendmessage", "editmessagetext"})  # lower case, as `methods()` keys them
EDITS = frozenset({"editmessagetext", "editmessagecaption"})  # name a message: chat and message id


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    types: tuple[str, ...]

    @property
    def json_typed(self) -> bool:
        """An object or an array: it travels as a JSON string."""
        return not SCALARS.issuperset(self.types)


@dataclass(frozen=True)
class Refusal:
    """Telegram's answer to a call it refuses: the HTTP status (= error_code) and the description."""

    status: int
    description: str


@cache
def _listed() -> dict[str, Any]:
    return dict(json.loads(METHODS_FILE.read_text(encoding="utf-8")))


def version() -> str:
    """The Bot API version of the list ("Bot API 10.1")."""
    return str(_listed()["version"])


@cache
def methods() -> dict[str, dict[str, Field]]:
    """Each method's fields by name; keyed by the method's name in lower case (Telegram ignores case)."""
    return {
        name.lower(): {f["name"]: Field(f["name"], bool(f["required"]), tuple(f["types"])) for f in fields}
        for name, fields in _listed()["methods"].items()
    }


def chat_addressed(method: str) -> bool:
    """Whether the method names a chat by `chat_id` (sendMessage, setMessageReaction, getChatMember...):
    one Telegram answers, for a basic group upgraded to a supergroup, with the group's new id."""
    return "chat_id" in methods().get(method.lower(), {})


def official_name(method: str) -> str | None:
    """The method's name as the list spells it (`sendmessage` -> `sendMessage`); None if it has none."""
    return next((name for name in _listed()["methods"] if name.lower() == method.lower()), None)


def decode(method: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """The call's parameters with its JSON-typed fields (reply_markup, prices...) parsed; the rest as sent."""
    fields = methods().get(method.lower(), {})
    decoded = dict(raw)
    for name, value in raw.items():
        field = fields.get(name)
        if field is not None and field.json_typed and isinstance(value, str):
            with suppress(ValueError):  # left as sent: `check()` refuses it
                decoded[name] = json.loads(value)
    return decoded


def check(method: str, raw: Mapping[str, Any]) -> Refusal | None:
    """Why Telegram would refuse `method` called with the form fields `raw`; None when it would answer."""
    fields = methods().get(method.lower())
    if fields is None:
        return Refusal(404, "Not Found")
    for name in raw:
        if name not in fields:
            return _bad(f"unknown parameter {name}")
    for field in fields.values():
        if field.required and _blank(raw.get(field.name)):
            return _bad(_missing(method, field.name))
    for name, value in raw.items():
        problem = _type_problem(fields[name], value)
        if problem is not None:
            return _bad(problem)
    return _limits(method.lower(), decode(method, raw))


def _bad(problem: str) -> Refusal:
    return Refusal(400, f"Bad Request: {problem}")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _missing(method: str, name: str) -> str:
    """Telegram's words for a required field that is absent or empty."""
    if name == "text" and method.lower() in TEXTS:
        return "message text is empty"
    if name == "chat_id":
        return "chat_id is empty"
    return f'parameter "{name}" is required'


def _type_problem(field: Field, value: Any) -> str | None:
    if not isinstance(value, str) or "InputFile" in field.types:
        return None  # an uploaded file, or a field that takes one
    if any(_is(kind, value) for kind in field.types):
        return None
    if field.json_typed:
        return f"can't parse {field.name} JSON object"
    wanted = " or ".join(field.types)
    return f"{field.name} must be {wanted}, got {value!r}"


def _is(kind: str, value: str) -> bool:
    """Whether the form value `value` reads as the Bot API type `kind`."""
    if kind == "String":
        return True
    if kind == "Integer":
        return INTEGER.fullmatch(value) is not None
    if kind == "Float":
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "Boolean":
        return value.lower() in ("true", "false")
    try:
        parsed = json.loads(value)
    except ValueError:
        return False
    return isinstance(parsed, list) if kind.startswith("Array of ") else isinstance(parsed, dict)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _is_chat_id(value: str) -> bool:
    return INTEGER.fullmatch(value) is not None or value.startswith("@")


def _limits(method: str, params: Mapping[str, Any]) -> Refusal | None:
    """The few limits worth checking in a test: text lengths, button data, an edit's target."""
    chat_id = params.get("chat_id")
    if isinstance(chat_id, str) and not _is_chat_id(chat_id):
        return _bad("chat not found")  # neither a number nor an @username
    text = params.get("text")
    if method in TEXTS and isinstance(text, str) and _utf16(text) > TEXT_LIMIT:
        return _bad("message is too long")
    caption = params.get("caption")
    if isinstance(caption, str) and _utf16(caption) > CAPTION_LIMIT:
        return _bad("message caption is too long")
    if method == "editmessagetext" and _blank(text) and params.get("rich_message") is None:
        return _bad("message text is empty")
    named = params.get("inline_message_id") is not None or None not in (chat_id, params.get("message_id"))
    if method in EDITS and not named:
        return _bad("message identifier is not specified")
    if method == "answercallbackquery" and isinstance(text, str) and _utf16(text) > CALLBACK_ANSWER_LIMIT:
        return _bad("MESSAGE_TOO_LONG")
    markup = params.get("reply_markup")
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    for row in rows if isinstance(rows, list) else []:
        for button in row if isinstance(row, list) else []:
            data = button.get("callback_data") if isinstance(button, dict) else None
            if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_LIMIT:
                return _bad("BUTTON_DATA_INVALID")
    return None
