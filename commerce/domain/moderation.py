"""Moderation of notes (issue #12): what a chat's admins decided about a note or a member.

A note's `NoteFlag` carries the shill score its chat's last rescoring gave it (commerce.domain.shill)
and the admins' word: hidden (its card says so, nobody can like or comment on it, digests leave it out)
or cleared (looked at and left up: shown as any note and never flagged again; but an ad, a note
flagged for a contact to buy through, is never shown ✅ nor picked as a best note, kept or not). A
flagged note nobody looked at yet is shown "未验证 / unverified" and left out of digests. A muted member
may not post notes in that chat (likes, comments and group buys stay theirs).

Who moderates: the chat's admins as the platform says (`Request.is_admin`: Telegram's getChatMember,
the playground's `TUAN_ADMINS`), and the bot's admins (`TUAN_ADMINS`) on every platform, WeChat included,
where the bot is not told who a room's admins are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from commerce.domain.errors import DomainError
from commerce.domain.shill import NoteScore, Reason
from commerce.domain.text import clean_text

MAX_WHY = 200  # characters of an admin's reason


@dataclass(frozen=True)
class NoteFlag:
    note_id: int
    chat_id: str
    score: float = 0.0
    reasons: tuple[Reason, ...] = ()
    flagged: bool = False
    hidden: bool = False
    cleared: bool = False
    hidden_by: str = ""
    why: str = ""

    @property
    def unverified(self) -> bool:
        """Shown "未验证 / unverified": flagged, and no admin decided yet."""
        return self.flagged and not self.cleared and not self.hidden

    @property
    def advert(self) -> bool:
        """Flagged for leaving a contact to buy through outside the group buy (`CONTACT`, `HANDLE`) or a
        link to another site (`LINK`): an ad. Kept (cleared) by an admin, it stays up, but without ✅ and
        out of /top, digests and 精选."""
        return self.flagged and bool({Reason.CONTACT, Reason.HANDLE, Reason.LINK} & set(self.reasons))

    @property
    def excluded(self) -> bool:
        """Left out of digests: hidden, or flagged and not cleared."""
        return self.hidden or (self.flagged and not self.cleared)

    @property
    def doubted(self) -> bool:
        """Sells nothing: hidden, flagged and not cleared, or an ad (kept or not). Its card offers no Join
        nor its author's share code, it is linked to no group buy, its author is offered no link."""
        return self.excluded or self.advert


@dataclass(frozen=True)
class NoteReport:
    """A member's report of a note to the chat's admins (`举报 7 广告`, `/report 7 spam`): one per member
    and note (a second by the same member counts once), with the reason they gave ("" for none)."""

    note_id: int
    chat_id: str
    member_id: str
    member_name: str
    why: str
    created_at: datetime


def rescored(stored: NoteFlag | None, scored: NoteScore, chat_id: str) -> NoteFlag | None:
    """The flag to write after a rescoring, or None when nothing changes: a note never stored and not
    flagged needs no row; a cleared one keeps its clearing (its score is kept up to date)."""
    flagged = scored.flagged
    if stored is None:
        if not flagged:
            return None
        return NoteFlag(scored.note_id, chat_id, scored.score, scored.reasons, flagged=True)
    if (stored.flagged, stored.reasons, round(stored.score, 6)) == (flagged, scored.reasons, scored.score):
        return None
    return NoteFlag(
        stored.note_id,
        chat_id,
        scored.score,
        scored.reasons,
        flagged=flagged,
        hidden=stored.hidden,
        cleared=stored.cleared,
        hidden_by=stored.hidden_by,
        why=stored.why,
    )


def may_moderate(*, is_admin: bool, user_id: str, bot_admins: frozenset[str]) -> None:
    if not is_admin and user_id not in bot_admins:
        raise DomainError("moderation_admins_only")


def reason_text(why: str) -> str:
    """An admin's reason as stored: its spaces collapsed, at most `MAX_WHY` characters."""
    cleaned = clean_text(why)
    return cleaned if len(cleaned) <= MAX_WHY else cleaned[: MAX_WHY - 1] + "…"
