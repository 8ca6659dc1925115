"""A Telegram reaction on a note card is a like (issue #12: "a Telegram reaction on the card"); taking the
reaction off takes the like back. The Telegram adapter turns a `message_reaction` update on a note card
into `nt:react:<note>` / `nt:unreact:<note>` (handlers.buttons), handled here.

A reaction is quiet: it says nothing in the chat, only the card's count moves (edited in place). What a
typed `赞 3` would be told (the member's own note, a like already there, a note that is gone) changes
nothing and is not said either: a reaction is not a message to answer, and the group would read one
"you cannot like your own note" per emoji.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.services import notes as service
from handlers.context import Context
from handlers.notes import card_update
from handlers.types import Reply


async def react(ctx: Context) -> list[Reply]:
    """A reaction put on the card: the member likes the note (once; again: nothing)."""
    note_id, request = int(ctx.command.rest), ctx.request
    try:
        liked = await service.like(
            ctx.uow, note_id=note_id, chat_id=request.chat_id, member_id=request.user_id, now=ctx.now
        )
    except DomainError:
        return []
    return [card_update(note_id, request.chat_id, likes=True)] if liked else []


async def unreact(ctx: Context) -> list[Reply]:
    """The reaction taken off: the like taken back (none to take back: nothing)."""
    note_id, request = int(ctx.command.rest), ctx.request
    try:
        taken = await service.unlike(
            ctx.uow, note_id=note_id, chat_id=request.chat_id, member_id=request.user_id
        )
    except DomainError:
        return []
    return [card_update(note_id, request.chat_id, likes=True)] if taken else []
