"""How search and digest mode are written: `/search 面膜` (`搜索 面膜`, `搜 面膜`, also glued: `搜索芒果`,
`搜芒果`), `/digest` (`摘要`),
`/digest on|off` (`摘要 开|关`), `/top` (`精选`, `本周精选`).

Command words come through the registry; this module says when a bare Chinese word is the command
(`搜索 面膜`, `摘要 开` are; `搜一下`, `摘要写好了吗` are talk) and reads `/digest`'s switch.
"""

from __future__ import annotations

import re

COMMANDS = frozenset({"search", "digest", "top"})
ON = frozenset({"on", "开", "开启", "打开"})
OFF = frozenset({"off", "关", "关闭", "关掉"})
_QUESTION = re.compile(r"[?？吗呢]$")
_APART = (" ", ":", "：")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# What a search word glued to Chinese is talk with (`搜一下`, `搜到了`, `搜索引擎`), not words to find;
# after `搜` alone also the words it makes (`搜集`, `搜罗`, `搜狗`).
_GLUED_TALK = re.compile(r"^(?:[一了到过不没得着出下个啥完的]|什么|引擎|结果|框|栏|功能|记录|历史)")
_GLUED_WORD = re.compile(r"^[集罗寻刮身狗查捕救搜索]")
_CHATTY = re.compile(r"[了啦哈嗯哦呀吧啊嘛,，。!！~～]")


def fits_bare(name: str, after_word: str, rest: str, word: str = "") -> bool:
    """Whether a Chinese word typed without a slash is the command."""
    if name == "search":  # `搜索 面膜`, `搜索芒果`; `搜索` alone is answered with its form
        if after_word in _APART or not after_word:
            return not after_word or (bool(rest) and not _QUESTION.search(rest))
        return _glued_search(word, rest)
    if name == "digest":
        return not rest or (after_word in _APART and switch(rest) is not None)
    return not rest  # `精选`


def _glued_search(word: str, rest: str) -> bool:
    """`搜索芒果`, `搜芒果`: the words to find glued to the search word, Chinese, no question and no talk
    (`搜一下吧`, `搜到了`, `搜索引擎不好用`, `搜集资料`)."""
    if not _CJK.match(rest) or _QUESTION.search(rest) or _CHATTY.search(rest) or _GLUED_TALK.match(rest):
        return False
    return word != "搜" or not _GLUED_WORD.match(rest)


def switch(rest: str) -> bool | None:
    """`开` / `on`: True, `关` / `off`: False, anything else None."""
    word = rest.strip().lower()
    return True if word in ON else False if word in OFF else None
