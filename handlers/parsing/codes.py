"""The arguments of the pickup commands: `核销 4827`, `核销 4827 5028`, `/pickupcode #12 4827`,
`设置帮手 @Cat`, `/helper #12 -@Cat`, `取消帮手 #12 @Cat`.

`parsing.commands` hands these commands their text after the word; whether a bare Chinese word is a
command at all (`核销 4827`) or talk (`核销了吗`, `帮手呢`) is `fits_bare`.
"""

from __future__ import annotations

import re
import unicodedata

from commerce.domain.errors import DomainError
from commerce.domain.pickup import is_code
from handlers.parsing.numbers import group_buy_number

CODE_COMMANDS = frozenset({"pickup_code"})
HELPER_COMMANDS = frozenset({"helper", "helper_remove"})
ALL_COMMANDS = CODE_COMMANDS | HELPER_COMMANDS
_CODE_ARGS = re.compile(r"^(?:#\s*(?P<id>\d+)\s*)?(?P<code>\d+)(?:\s*#\s*(?P<id2>\d+))?$")
# `核销 4827 5028`, `核销 #12 4827、5028`: several codes, apart by a space or `、，,;；`
_CODES_ARGS = re.compile(
    r"^(?:#\s*(?P<id>\d+)\s*)?(?P<codes>\d+(?:[\s,，、;；]+\d+)*)(?:\s*#\s*(?P<id2>\d+))?$"
)
_APART = re.compile(r"[\s,，、;；]+")
_HELPER_ARGS = re.compile(r"^(?:#\s*(?P<id>\d+))?\s*(?P<minus>-)?\s*(?P<who>@.*)?$", re.DOTALL)
_HELPER_HEAD = re.compile(r"^(?:#\s*(?P<id>\d+)(?!\d))?\s*(?P<minus>-)?\s*")


def fits_bare(name: str, rest: str) -> bool:
    """A bare word's arguments read as the command (`核销 4827`, `设置帮手 @Cat`), not as talk."""
    if name in CODE_COMMANDS:
        return _CODES_ARGS.match(rest) is not None
    found = _HELPER_ARGS.match(rest)  # `设置帮手 #12` alone lists #12's helpers, as `/helper #12`
    return found is not None and bool(found.group("who") or (found.group("id") and name == "helper"))


def is_code_only(rest: str) -> bool:
    """Whether `rest` is only pickup codes (`9918`, `#12 9918`, `9918 5028`): `/pickup 9918` (`自提 9918`)
    is the code read off a buyer's phone at the pickup point, never a place, so it is taken as `核销 9918`."""
    try:
        read_codes(rest)
    except DomainError:
        return False
    return True


def read_codes(rest: str) -> tuple[int | None, list[str]]:
    """(`#12` or None, the codes) of `核销 #12 4827 5028`, each once, in the order typed. A number that is
    not 4 to 6 digits among several is named (`pickup_codes_bad`); none readable gets the form."""
    found = _CODES_ARGS.match(unicodedata.normalize("NFKC", rest).strip())
    if found is None:
        raise DomainError("pickup_code_usage")
    codes = list(dict.fromkeys(_APART.split(found.group("codes"))))
    for code in codes:
        if not is_code(code):
            bad = DomainError("pickup_codes_bad", digits=code)
            raise bad if len(codes) > 1 else DomainError("pickup_code_usage")
    raw = found.group("id") or found.group("id2")
    return (group_buy_number(raw) if raw else None), codes


def read_code(rest: str) -> tuple[int | None, str]:
    """(`#12` or None, the code) of `核销 #12 4827`; a code that is not 4 to 6 digits gets the form.
    Read as the chat reads it (NFKC: `５０２８` is 5028), from any caller (the console's form too)."""
    found = _CODE_ARGS.match(unicodedata.normalize("NFKC", rest).strip())
    if found is None or not is_code(found.group("code")):
        raise DomainError("pickup_code_usage")
    raw = found.group("id") or found.group("id2")
    return (group_buy_number(raw) if raw else None), found.group("code")


def read_helper(rest: str, *, resolved: bool) -> tuple[int | None, bool, str]:
    """(`#12` or None, whether it removes (`-@Cat`), the text naming the members: "" when none) of
    `/helper #12 @Cat`. `resolved`: the platform named the members already, so the names need no `@`
    (a Telegram mention of someone without a username)."""
    text = rest.strip()
    head = _HELPER_HEAD.match(text)
    assert head is not None  # every part of it is optional
    who = text[head.end() :]
    if who and not who.startswith("@") and not resolved:
        raise DomainError("helper_usage")
    raw = head.group("id")
    return (group_buy_number(raw) if raw else None), bool(head.group("minus")), who
