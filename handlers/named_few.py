"""Lists of people read by a whole group (who owes, whose orders were cancelled) name a few: more than
`NAMED_IN_GROUP` reads as shaming in a friends' chat, so the rest are counted and the organiser gets the
full list privately (`…等 21 人`)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.fit import clip
from handlers.texts import t

NAMED_IN_GROUP = 5
MAX_NAME = 32


def names_of(lang: str, names: Sequence[str], *, public: bool) -> str:
    """`Cat、P1、P2`: each name once, in order; read by a group (`public`), the first `NAMED_IN_GROUP`
    then how many in all (`Cat、P1、P2、P3、P4…等 21 人`)."""
    named = _distinct(names)
    if not public or len(named) <= NAMED_IN_GROUP:
        return t(lang, "list_separator").join(named)
    shown = t(lang, "list_separator").join(named[:NAMED_IN_GROUP])
    return t(lang, "named_few_more", count=len(named), names=shown)


def cut(names: Sequence[str]) -> bool:
    """Whether `names_of` read by a group leaves some out (the organiser is then told them all)."""
    return len(_distinct(names)) > NAMED_IN_GROUP


def _distinct(names: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(clip(" ".join(name.split()), MAX_NAME) for name in names))
