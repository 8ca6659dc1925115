"""How a chat's admins write moderation: `/flags` (`待审笔记`), `/hide 3 reason` (`隐藏 3 …`), `/unhide 3`
(`取消隐藏 3`), `/mute @name: reason` (`禁言 @名字：…`), `/unmute @name` (`解除禁言 @名字`); and any
member's `/report 3 reason` (`举报 3 广告`).

A note is its number, `#3`, or named as a note (`笔记3`, `笔记 3`, `note 3`).
A bare Chinese word is the command only with its argument apart (`隐藏 3`, `禁言 @Bob`, `禁言 Kim`; one
short word where the number goes, `隐藏 abc`, is the command too, answered with its form);
`隐藏一下`, `禁言了吗` or `禁言 一下他` stays talk. A reason for a mute follows a colon, or the name
(handlers.moderation takes the longest known member's name, since a name may hold spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from handlers.parsing.numbers import bounded_int, shown

COMMANDS = frozenset({"flags", "hide", "unhide", "mute", "unmute", "report"})
# `3`, `#3`, and the note named as a note: `笔记3`, `笔记 #3`, `note 3` (an admin hiding note 3 writes it so)
_NOTE = re.compile(r"^(?:(?:笔记|(?i:note))\s*)?[#＃]?\s*(?P<id>\d+)(?:\s+(?P<why>\S.*))?$", re.DOTALL)
_WHO = re.compile(r"^(?P<who>[@＠][^:：]+?)\s*(?:[:：]\s*(?P<why>.*))?$", re.DOTALL)
_NAMED = re.compile(r"^(?P<who>[^@＠:：\s][^:：]*?)\s*(?:[:：]\s*(?P<why>.*))?$", re.DOTALL)  # `/unmute Kim`
# What a bare `禁言 …` without `@` is talk with, not a member's name (`_names_one`).
_MAX_NAMED = 32
_NAMED_WORDS = 3
_MAX_NOTE_WORD = 12  # characters of a word typed where a note's number goes (`隐藏 abc`)
# a word where a note's number goes that reads as a code mistyped (`abc`, `3a`, `#三`), and a reason that asks
_CODE_LIKE = re.compile(r"^[#＃]|[A-Za-z0-9０-９]")
_ASKS = re.compile(r"[?？]|吗|呢|怎么|什么|哪")
_TALK = re.compile(r"[?？!！。…~～吗呢嘛了吧啊呀哈嗯哦]|谢|怎么|什么|一下")
_NOT_A_NAME = re.compile(r"^(一下|下|一个|这|那|我|你|他|她|它|大家|本群|群|全体|所有人)")
_USAGE = {
    "hide": lambda: DomainError("hide_usage"),
    "unhide": lambda: DomainError("unhide_usage"),
    "report": lambda: DomainError("report_usage"),
    "mute": lambda: DomainError("mute_usage"),
    "unmute": lambda: DomainError("unmute_usage"),
}


@dataclass(frozen=True)
class Target:
    """A note (`hide`, `unhide`) or a member written `@name` (`mute`, `unmute`), and the admin's why."""

    note_id: int = 0
    who: str = ""
    why: str = ""
    colon: bool = False  # `@name: …`: all before the colon is the name


def fits_bare(name: str, rest: str, *, apart: bool = True) -> bool:
    """Whether a Chinese word typed without a slash is the command (`待审笔记`, `隐藏 3`, `禁言 @Bob`, and
    set `apart` from the word, a name without `@`: `禁言 Kim`, `禁言 王阿姨：发广告`, as `踢出 王阿姨`)."""
    if name == "flags":
        return not rest
    if name in ("hide", "unhide", "report"):  # `举报 7 广告`, `举报 笔记7 是广告`
        return bool(_NOTE.match(rest)) or (apart and _meant_a_note(rest))
    return bool(_WHO.match(rest)) or (apart and _names_one(rest))


def _meant_a_note(rest: str) -> bool:
    """`隐藏 abc`, `取消隐藏 #三`: one short word set apart, no talk in it, where a note's number goes: the
    command, answered with its form (review 26: it was silent, while `/hide` alone gets its form). So is
    that word with a reason after it, as after a number (`隐藏 3 广告`), when it reads as a code mistyped
    (Latin letters or digits in it, or a `#`: `隐藏 abc 广告`, `隐藏 #三 广告`) and the reason asks nothing
    (`隐藏 菜单 在哪`, `隐藏 abc 广告吗？` stay talk)."""
    words = rest.split(maxsplit=1)
    if not words:
        return False
    word, why = words[0], words[1] if len(words) > 1 else ""
    if len(word) > _MAX_NOTE_WORD or _TALK.search(word) or _NOT_A_NAME.match(word):
        return False
    return not why or (bool(_CODE_LIKE.search(word)) and not _ASKS.search(why))


def _names_one(rest: str) -> bool:
    """A name without `@` (and its reason): short, a few words, no talk in it (`禁言 一下他`, `禁言 Kim
    了吗`); after a colon the reason is anything."""
    found = _NAMED.match(rest)
    if found is None:
        return False
    said = rest if found.group("why") is None else found.group("who")
    return (
        len(said) <= _MAX_NAMED
        and len(said.split()) <= _NAMED_WORDS
        and not _TALK.search(said)
        and not _NOT_A_NAME.match(said)
    )


def note_target(name: str, rest: str) -> Target:
    """`3`, `#3 广告`, `笔记3`, `笔记 3`, `note 3` -> note 3 (and why); anything else: the command's form
    is explained."""
    found = _NOTE.match(rest.strip())
    if found is None:
        raise _USAGE[name]()
    number = bounded_int(found.group("id"))
    if number is None:
        raise DomainError("note_not_found", id=shown(found.group("id")))
    return Target(note_id=number, why=(found.group("why") or "").strip())


def member_target(name: str, rest: str) -> Target:
    """`@Bob`, `@Amy Wang：发广告` -> the name as written (with `@`) and why; else the form is explained.
    The name without `@` too (`/unmute Kim`, `禁言 Kim`: handlers.moderation finds the member by name;
    the bare Chinese word only where it reads as a name, `fits_bare`)."""
    found = _WHO.match(rest.strip()) or _NAMED.match(rest.strip())
    if found is None:
        raise _USAGE[name]()
    why = found.group("why")
    who = found.group("who").lstrip("@＠").strip()
    return Target(who="@" + who, why=(why or "").strip(), colon=why is not None)
