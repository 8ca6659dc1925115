"""How search and digest mode are written: `/search 面膜` (`搜索 面膜`, `搜 面膜`), `/digest` (`摘要`),
`/digest on|off` (`摘要 开|关`), `/top` (`精选`, `本周精选`).

Command words come through the registry; this module says when a bare Chinese word is the command
(`搜索 面膜`, `摘要 开` are; `搜一下`, `摘要写好了吗` are talk) and reads `/digest`'s switch.
"""

from __future__ import annotations

import re

COMMANDS = frozenset({"search", "digest", "top"})
ON = frozenset({"on", "开", "开启", "打开"})
OFF = frozenset({"off", "关", "关闭"})
_QUESTION = re.compile(r"[?？吗呢]$")
_APART = (" ", ":", "：")


def fits_bare(name: str, after_word: str, rest: str) -> bool:
    """Whether a Chinese word typed without a slash is the command."""
    if name == "search":  # `搜索 面膜`; `搜索` alone is answered with its form
        return (after_word in _APART and bool(rest) and not _QUESTION.search(rest)) or not after_word
    if name == "digest":
        return not rest or (after_word in _APART and switch(rest) is not None)
    return not rest  # `精选`


def switch(rest: str) -> bool | None:
    """`开` / `on`: True, `关` / `off`: False, anything else None."""
    word = rest.strip().lower()
    return True if word in ON else False if word in OFF else None
