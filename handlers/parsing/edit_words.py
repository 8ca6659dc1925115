"""Which of the organiser's change commands a bare Chinese word starts (`修改 价格 80`, `再开一团 #12`,
`踢出 @Bob`, `代报 王阿姨 2`), and which is talk (`修改一下地址吧`, `复制了吗？`, `代报`).

Apart from handlers.parsing.edits (which reads their arguments), so `parsing.commands` can ask without
importing the terms parser, which imports it.
"""

from __future__ import annotations

import re
from functools import cache

ALL_COMMANDS = frozenset({"edit", "copy", "remove", "add"})
ABOUT_GROUP_BUY = frozenset({"edit", "remove", "add"})  # a refusal may speak the group buy's language
_QUESTION = re.compile(r"[?？吗呢嘛]|怎么|什么|一下")
_NUMBERED = re.compile(r"[#＃]\s*\d+(\s|$)")  # `修改 #12 榴莲`, `修改 #12`; `修改 #1吧` is talk
_CHATTY = re.compile(r"[了吧啊呀哈嗯哦]|谢")  # `踢出群聊了`, `代报好啊`: talk, not a name
# `修改 标题 榴莲`, `/edit title Durian`: the word naming what a new title is (handlers.parsing.edits)
TITLE_WORD = re.compile(r"^(?:标题|名称|团名|title|name)(?:\s*[:：]\s*|\s+)(?=\S)", re.IGNORECASE)
TITLE_ALONE = re.compile(r"^(?:标题|名称|团名|title|name)\s*[:：]?$", re.IGNORECASE)  # and no title


@cache
def _keyword() -> re.Pattern[str]:
    from handlers.parsing.terms import KEYWORDS  # here: terms imports parsing.commands

    return re.compile("|".join(sorted(map(re.escape, KEYWORDS), key=len, reverse=True)), re.IGNORECASE)


def fits_bare(name: str, rest: str) -> bool:
    """A bare word's arguments read as the command: an edit names a term (`修改 价格 80`) or its group buy
    (`修改 #12 榴莲`), a copy a group buy by its number (`复制 #12`; the slash form may leave it out), a
    removal or a guest a name."""
    if not rest or _QUESTION.search(rest):
        return False
    if name == "edit":  # `修改 #12 榴莲` names its group buy: a new title, never talk; `修改 榴莲`
        # (her own group buy's new title) only from its organiser (handlers.edits), else talk
        return names_term(rest) or not _CHATTY.search(rest)
    if name == "copy":
        return rest.startswith("#")
    return rest.startswith(("@", "#")) or not _CHATTY.search(rest)


def names_term(rest: str) -> bool:
    """An edit's arguments name its group buy (`#12 榴莲`) or a term (`价格 80`), not only a new title."""
    return bool(_NUMBERED.match(rest) or _keyword().search(rest) or TITLE_WORD.match(rest))
