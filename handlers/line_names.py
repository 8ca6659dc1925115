"""How a buyer's lines of one group buy read in 我的订单 (`/orders`) and on her order: a line's stored
description (commerce.domain.order `_description`: `荔枝 (妈妈)`, `芒果 5斤 (小王) — 3号楼`) said in
the reader's language, a friend's line as whom it is for (`荔枝（帮 妈妈）`, "Lychees (for Mum)"), and
one order holding her own line and friends' of the same product as one item with each share:
`荔枝 — 自己 4斤 · 帮 妈妈 2斤`, "Lychees — yours 4 kg · for Mum 2 kg" (not `荔枝, 荔枝 (妈妈)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.texts import t
from handlers.texts import units as unit_texts

# After the title: an option (one word or more, no brackets or dash), the friend in ASCII brackets, the note.
_REST = re.compile(r"(?P<option>(?: [^()—]+?)?)(?: \((?P<friend>[^()]+)\))?(?P<note> — .*)?", re.S)


def _parts(title: str, description: str) -> tuple[str, str, str] | None:
    """(option, friend, note) of a line of the group buy `title`, each "" when it has none; None when
    the description does not read so."""
    if not description.startswith(title):
        return None
    found = _REST.fullmatch(description[len(title) :])
    if found is None:
        return None
    return found["option"].strip(), found["friend"] or "", (found["note"] or "")[len(" — ") :]


def split(title: str, description: str) -> tuple[str, str] | None:
    """(the description without its friend, the friend: "" for the buyer's own line) of a line of the
    group buy `title`; None when it does not read so (then it is shown as stored)."""
    parts = _parts(title, description)
    if parts is None:
        return None
    option, friend, note = parts
    line = f"{title} {option}" if option else title
    return f"{line} — {note}" if note else line, friend


def described(title: str, description: str, lang: str) -> str:
    """One line as the reader says it: `荔枝（帮 妈妈）`, "Lychees (for Mum)"; a buyer's own as stored."""
    parts = split(title, description)
    if parts is None or not parts[1]:
        return description
    return t(lang, "line_for_friend", line=parts[0], friend=parts[1])


def summary(title: str, lines: Sequence[tuple[str, int]], unit: str, lang: str) -> str:
    """The lines (description, quantity) of one order or join as one item when a friend's line is among
    them: `荔枝 — 自己 4斤 · 帮 妈妈 2斤`, each share with its option and note, `粽子 — 自己 小 ×1 · 帮 妈妈
    大 ×1`, `烟台苹果 — 自己 3斤（小） · 帮 妈妈 2斤`; else each line as `described`, the language's list
    separator between them (`粽子 大、粽子 小`)."""
    parts = [_parts(title, description) for description, _ in lines]
    if all(part is not None for part in parts) and any(part and part[1] for part in parts):
        shares = [
            _share(part, quantity, unit, lang)
            for part, (_, quantity) in zip(parts, lines, strict=True)
            if part
        ]
        return t(lang, "line_shares", line=title, shares=" · ".join(shares))
    return t(lang, "list_separator").join(described(title, description, lang) for description, _ in lines)


def _share(part: tuple[str, str, str], quantity: int, unit: str, lang: str) -> str:
    """One share of `summary`: `自己 3斤`, `帮 妈妈 大 ×1`, `自己 3斤（小）` with its note."""
    option, friend, note = part
    amount = unit_texts.times(quantity, unit, lang)
    amount = f"{option} {amount}" if option else amount
    share = (
        t(lang, "line_share_for", friend=friend, quantity=amount)
        if friend
        else t(lang, "line_share_own", quantity=amount)
    )
    return t(lang, "line_share_note", share=share, note=note) if note else share
