"""A message edited after it was sent (Telegram's `edited_message`) is never read as a command: the
first reading already counted (`+1 大盒` joined 1) and reading the edit again would count twice. When the
edited text reads as a command that would change something (`+1 大盒` made `+3 大盒`, `/close`, `接龙 …`),
its author is told, once per message (the platform keeps which), that edits are not read, nothing was
changed, and what to send instead: a join by its count, `改成3份` / "make it 3" (`大盒改成3份` with the
option it named), a leave or a friend's join `改成N份` (sent again it would count again), anything else
the command again as a new message. A look-up (`名单`, `/list`),
a question or chatter edited is left alone."""

from __future__ import annotations

from handlers.parsing.commands import parse_text
from handlers.rate_limit import QUIET, READS
from handlers.registry import VOCABULARY
from handlers.texts import t

UNCHANGING = frozenset(
    {
        *READS,
        *QUIET,
        *("ask", "ask_forward", "help", "start", "unknown", "stale", "invalid", "hint"),
        *("which_answer", "which_pick", "like_tap", "pickup_code", "console", "copy", "share_code"),
    }
)
QUOTED = 60  # the most characters of the edited text quoted back


def edited_notice(text: str, *, name: str, lang: str, bot_username: str, private: bool) -> str | None:
    """What the author of a message edited to `text` is told, in the language its command words are in,
    else `lang`; None: nothing to tell (the text reads as no command, or as one that changes nothing)."""
    command = parse_text(text, vocabulary=VOCABULARY, bot_username=bot_username, private=private)
    if command is None or command.name in UNCHANGING:
        return None
    if command.named_first and not command.friend:  # `温度 -1`: an option's leave only where one is so called
        return None
    lang = command.lang or lang
    quoted = text.strip()
    if len(quoted) > QUOTED:
        quoted = quoted[: QUOTED - 1] + "…"
    if command.name == "join" and command.quantity and not command.friend:
        count = command.quantity
        note = command.option or command.note
        if note and _sets_option(note, count, bot_username):
            return t(lang, "edited_join_option", count=count, name=name, text=quoted, note=note)
        return t(lang, "edited_join", count=count, name=name, text=quoted)
    if command.name in ("join", "leave"):  # sent again it would add or take off again: set the line
        return t(lang, "edited_leave", name=name, text=quoted)
    return t(lang, "edited_not_read", name=name, text=quoted)


def _sets_option(note: str, count: int, bot_username: str) -> bool:
    """Whether `大盒改成3份` reads as setting her line of the option `大盒` (a note, `3号楼`, does not)."""
    command = parse_text(f"{note}改成{count}份", vocabulary=VOCABULARY, bot_username=bot_username)
    return command is not None and command.set_to
