"""A group buy opened after a friend's note about the same thing: the note's author is told, privately,
how to link it (`种草 3 #2`), so friends can join right from her note.

When an organiser opens a group buy whose title a note of that chat of the last `OFFER_DAYS` days names
(the product's words, as a note without `#12` is linked: commerce.domain.note_links), and that note is
about no group buy, its author (not the organiser herself) gets one private line in her own language
(handlers.recipients.language_of). Once per note: a note an earlier group buy opened since it named too
was offered then. A hidden note, one held for the admins (flagged) or an ad is not offered. The chat
and the organiser's opening reply say nothing more (the chat stays quiet)."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain import note_links
from commerce.domain.group_buy import GroupBuy
from handlers.context import Context
from handlers.recipients import language_of
from handlers.texts import t
from handlers.types import Reply

OFFER_DAYS = 14


async def offers(ctx: Context, group_buy: GroupBuy) -> list[Reply]:
    """The private lines telling the authors of this chat's recent unlinked notes naming `group_buy`
    (just opened) how to link each, one per author (her newest such note)."""
    uow = ctx.uow
    title = group_buy.terms.title
    since = ctx.now - timedelta(days=OFFER_DAYS)
    found = [
        note
        for note in await uow.notes.unlinked_in(group_buy.chat_id, since=since)
        if note.author_id != group_buy.organiser_id and note_links.strength(note.text, title)
    ]
    if not found:
        return []
    others = [
        gb
        for gb in [
            *await uow.group_buys.open_in_chat(group_buy.chat_id),
            *await uow.group_buys.closed_in_chat(group_buy.chat_id),
        ]
        if gb.id != group_buy.id
    ]
    newest = {}
    for note in found:
        offered = any(  # an earlier group buy, opened since the note, named it too: she was told then
            gb.created_at > note.created_at and note_links.strength(note.text, gb.terms.title)
            for gb in others
        )
        flag = await uow.moderation.flag(note.id or 0)
        if not offered and (flag is None or not flag.doubted):  # no ad, nothing held
            newest[note.author_id] = note  # oldest first: the last is her newest
    replies = []
    for author, note in newest.items():
        lang = await language_of(ctx, author, hint=note.lang)
        text = t(
            lang,
            "note_about_new_group_buy",
            organiser=group_buy.organiser_name,
            title=title,
            group_buy=group_buy.id,
            id=note.id,
        )
        replies.append(Reply(text=text, private_to=author, language=lang))
    return replies
