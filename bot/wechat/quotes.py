"""WeChat's quote-reply (引用): python-wechaty hands it over as a text message written
`「name: quoted text」\n- - - - - - - - - - - - - - -\nreply` (a full-width `：` from some clients, the
dashed line of any length). `split_quote` takes it apart, so the member's own words are what they
typed and the quoted message is what they replied to: a quote of a note card is a comment on that
note (handlers.notes), like a Telegram reply."""

from __future__ import annotations

import re
from dataclasses import dataclass

MENTION_SEPARATOR = "\u2005"
_QUOTE = re.compile(
    r"^\s*「(?P<name>[^:：\n」]*)[:：]\s*(?P<quoted>.*?)」\s*\n\s*(?:-\s*){3,}\n(?P<reply>.*)$", re.DOTALL
)
_LEADING_MENTIONS = re.compile(rf"^(?:@[^@{MENTION_SEPARATOR}\n]+{MENTION_SEPARATOR}\s*)+")


@dataclass(frozen=True)
class Quote:
    """A quote-reply: who wrote the quoted message (their name as WeChat shows it), what it said (its
    leading mentions taken off), and the reply."""

    name: str
    quoted: str
    reply: str


def split_quote(text: str) -> Quote | None:
    """The quote-reply `text` is, or None when it is a plain message."""
    found = _QUOTE.match(text)
    if found is None:
        return None
    quoted = _LEADING_MENTIONS.sub("", found.group("quoted").strip())
    return Quote(found.group("name").strip(), quoted, found.group("reply").strip())
