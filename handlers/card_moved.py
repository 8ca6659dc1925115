"""What older copies of a group buy's card say once a newer copy is posted in the same chat.

`进度` (`/status`) posts the card anew. The copies above it would stay frozen with live-looking buttons
(listing a member who has left since), so a platform that can edit a message (Telegram, the playground)
turns each older copy into `pointer`: one line naming the group buy, no buttons. WeChat cannot edit: the
new copy starts with `older_copies_line` instead. Taps on a button an older copy still shows (a client
that has not refreshed) carry the group buy's id and work as on the live card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commerce.domain.listings import listing_of
from handlers import card_copies, note_copies
from handlers.context import card_language, listing_language
from handlers.fit import clip
from handlers.texts import t
from handlers.types import Reply

if TYPE_CHECKING:
    from handlers.app import ChatApp

TITLE_LIMIT = 40  # UTF-16 units of the title in the pointer: it stays one line


async def pointer(app: ChatApp, group_buy_id: int) -> Reply:
    """The one line an older copy of the card becomes, in the card's language (no buttons); of a
    member's private copy (handlers.card_copies), in the copy's; of a note quoted on request (`笔记 3`,
    handlers.note_copies: in the copies' key space too), a pointer to the note's latest copy, in its
    reader's language, never a group buy "no longer existing" under the copy's internal key."""
    record = await card_copies.record_of(app.values, group_buy_id)  # one read: a note's or a card's copy
    quoted = None if record is None else note_copies.quoted_from(record)
    if quoted is not None:
        text = t(quoted.language, "note_moved", id=quoted.note_id)
        return Reply(text=text, card_of=group_buy_id, chat_id=quoted.where, language=quoted.language)
    copy = None if record is None else card_copies.copy_from(record)
    if copy is not None:
        async with app.uow_factory() as uow:
            found = await uow.group_buys.get(copy.group_buy_id)
        if found is not None:
            title = clip(found.terms.title, TITLE_LIMIT)
            text = t(copy.language, "card_moved", id=copy.group_buy_id, title=title)
            return Reply(text=text, card_of=group_buy_id, chat_id=copy.chat, language=copy.language)
    listing_id = listing_of(group_buy_id)  # 帮卖: a listing's card, in the chat that lists it
    async with app.uow_factory() as uow:
        listing = None if listing_id is None else await uow.listings.get(listing_id)
        real_id = group_buy_id if listing is None else listing.group_buy_id
        group_buy = await uow.group_buys.get(real_id) if real_id > 0 else None
        if group_buy is None:
            lang = app.config.default_language
            return Reply(text=t(lang, "card_gone", id=group_buy_id), card_of=group_buy_id, language=lang)
        if listing is None:
            lang = await card_language(uow, group_buy, app.memo)
        else:
            lang = await listing_language(uow, group_buy, listing, app.memo)
    title = clip(group_buy.terms.title, TITLE_LIMIT)
    return Reply(
        text=t(lang, "card_moved", id=real_id, title=title),
        card_of=group_buy_id,
        chat_id=group_buy.chat_id if listing is None else listing.chat_id,
        language=lang,
        photo=group_buy.photo or None,  # an older copy of a photo card is a photo: its caption changes
    )


def older_copies_line(lang: str) -> str:
    """The first line of a new copy where older ones cannot be edited (WeChat)."""
    return t(lang, "card_older_copies")
