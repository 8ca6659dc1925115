"""A console change as the chat command an organiser would type (`/edit #12 price 80`, `/refund 12-3`).

The console writes the command's text from its form and runs it through the chat's own parser and
handler (`actions.run_command`), so a form cannot do what the command could not, and is refused with
the command's own refusals. The command's language is left out (None): the chat is told in the language
it would hear had the command been typed there (its group buy's card language), whatever the browser's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.console.actions import Audit, Handler, Where, run_command
from bot.console.deps import Console
from commerce.domain.console import Principal
from commerce.domain.errors import DomainError
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.types import Reply


async def run_typed(
    console: Console,
    who: Principal,
    text: str,
    where: Where,
    *,
    audit: Audit,
    lang: str | None = None,
    handler: Handler | None = None,
    about: int | None = None,
    fallback_lang: str | None = None,
) -> list[Reply]:
    """Run `text` (a slash command) as `who` typed it `where`; a refusal is a DomainError, nothing done.
    `handler`: the command's handler given what the form says beyond the text (`actions.run_command`);
    `about`: the group buy it is about, whose card language the chat is told in (`fallback_lang`: when
    neither it nor the chat's `/lang` decides; `actions.chat_language`)."""
    command = parse_text(text, vocabulary=VOCABULARY)
    if command is None:  # the console writes only commands; never chatter
        raise DomainError("unknown_command", command=text.split(" ", 1)[0].lstrip("/"))
    if command.error is not None:
        raise command.error
    command = replace(command, lang=lang)
    return await run_command(
        console.app, who, command, where, lang=lang, audit=audit, text=text, handler=handler,
        about=about, fallback_lang=fallback_lang,
    )  # fmt: skip
