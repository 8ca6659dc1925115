"""How a chat's admins write moderation: `/flags` (`待审笔记`), `/hide 3 reason` (`隐藏 3 …`), `/unhide 3`
(`取消隐藏 3`), `/mute @name: reason` (`禁言 @名字：…`), `/unmute @name` (`解除禁言 @名字`).

A bare Chinese word is the command only with its argument apart (`隐藏 3`, `禁言 @Bob`); `隐藏一下` or
`禁言了吗` stays talk. A reason for a mute follows a colon, or the name (handlers.moderation takes the
longest known member's name, since a name may hold spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from handlers.parsing.numbers import bounded_int, shown

COMMANDS = frozenset({"flags", "hide", "unhide", "mute", "unmute"})
_NOTE = re.compile(r"^[#＃]?\s*(?P<id>\d+)(?:\s+(?P<why>\S.*))?$", re.DOTALL)
_WHO = re.compile(r"^(?P<who>[@＠][^:：]+?)\s*(?:[:：]\s*(?P<why>.*))?$", re.DOTALL)
_NAMED = re.compile(r"^(?P<who>[^@＠:：\s][^:：]*?)\s*(?:[:：]\s*(?P<why>.*))?$", re.DOTALL)  # `/unmute Kim`
_USAGE = {
    "hide": lambda: DomainError("hide_usage"),
    "unhide": lambda: DomainError("unhide_usage"),
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


def fits_bare(name: str, rest: str) -> bool:
    """Whether a Chinese word typed without a slash is the command (`待审笔记`, `隐藏 3`, `禁言 @Bob`)."""
    if name == "flags":
        return not rest
    if name in ("hide", "unhide"):
        return bool(_NOTE.match(rest))
    return bool(_WHO.match(rest))


def note_target(name: str, rest: str) -> Target:
    """`3`, `#3 广告` -> note 3 (and why); anything else: the command's form is explained."""
    found = _NOTE.match(rest.strip())
    if found is None:
        raise _USAGE[name]()
    number = bounded_int(found.group("id"))
    if number is None:
        raise DomainError("note_not_found", id=shown(found.group("id")))
    return Target(note_id=number, why=(found.group("why") or "").strip())


def member_target(name: str, rest: str) -> Target:
    """`@Bob`, `@Amy Wang：发广告` -> the name as written (with `@`) and why; else the form is explained.
    A slash command takes the name without `@` too (`/unmute Kim`: handlers.moderation finds the member
    by name); the bare Chinese word needs the `@` (`fits_bare`)."""
    found = _WHO.match(rest.strip()) or _NAMED.match(rest.strip())
    if found is None:
        raise _USAGE[name]()
    why = found.group("why")
    who = found.group("who").lstrip("@＠").strip()
    return Target(who="@" + who, why=(why or "").strip(), colon=why is not None)
