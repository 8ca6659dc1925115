"""Free text kept as the member typed it, though the parser reads a normalised copy.

`normalize` (NFKC) makes `＋１` a join, but it also turns `转账，备注：芒果` into `转账,备注:芒果`. A payment
note or a pickup point is the organiser's own words, shown back to buyers, so the parser finds where it
is in the copy and `as_typed` cuts the same part from the message as typed.
"""

from __future__ import annotations

from handlers.parsing.commands import normalize

# What the parser drops at the end of a message (`commands._TRAILING`), as `normalize` leaves it.
_TRAILING = "!。.~"


def as_typed(typed: str, cleaned: str, start: int = 0, end: int | None = None) -> str:
    """`cleaned[start:end]` as it was typed in `typed`, the whole message it was parsed from.

    `cleaned` is (or ends) the normalised message, up to the spaces and the trailing punctuation the
    parser drops; a part that runs to its end keeps that punctuation (`现金！`). When the part and what
    follows it cannot be lined up with the message (the parser took the bot's @name out of it), the
    normalised part is the answer.
    """
    part = cleaned[start:end].strip()
    flat, owners = _flatten(typed)
    tail = _visible(cleaned[start:])  # the part and what follows it must line up; what precedes need not
    stop = len(flat.rstrip(_TRAILING))
    if not part or stop < len(tail) or flat[stop - len(tail) : stop] != tail:
        return part
    first = stop - len(tail)
    after = len(_visible(cleaned[end:])) if end is not None else 0
    last = owners[stop - after] if after else len(typed)
    found = typed[owners[first] : last].strip()
    if _flatten(found)[0].rstrip(_TRAILING) != _visible(part).rstrip(_TRAILING):
        return part  # a boundary fell inside a character that normalises to several (`㎏`)
    return found


def _flatten(text: str) -> tuple[str, list[int]]:
    """Each character of `text` normalised on its own, spaces left out, and where each came from."""
    flat: list[str] = []
    owners: list[int] = []
    for i, char in enumerate(text):
        folded = _visible(normalize(char))
        flat.append(folded)
        owners.extend([i] * len(folded))
    return "".join(flat), owners


def _visible(text: str) -> str:
    return "".join(text.split())
