"""A note's share (the third level of sharing, issue #12): a member's own code for a note is their share
code for the note's group buy (commerce.services.attribution, the same signed machinery as `分享`), so a
friend who joins with it is attributed to them exactly as through a card's share link. Each member who
takes one is counted once on the note's card (`note_shares`). A note of a group that help-sells its group
buy (帮卖) gives the code of that group's listing, as `分享` there does: it opens that group's card and a
join through it is that group's line (its help-seller's sale)."""

from __future__ import annotations

from datetime import datetime

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import Listing
from commerce.domain.notes import Note
from commerce.domain.share_codes import ShareCode
from commerce.ports import UnitOfWork
from commerce.services import attribution, listings
from commerce.services.group_buys import sold_out
from commerce.services.notes import note_in_chat


async def share_note(
    uow: UnitOfWork, *, note_id: int, chat_id: str, member_id: str, secret: str, now: datetime
) -> tuple[Note, GroupBuy, ShareCode, Listing | None, bool]:
    """The note (of this chat), its open group buy, the member's code to it, the listing (帮卖) of the
    note's group when it help-sells the group buy (the code is that listing's; None: the group buy's own
    group), and whether this member's share is new (the card's count moved). A note about no group buy,
    or about one no longer open or sold out, has nothing to share a code for, nor has one the admins hid or
    its author took down: refused, nothing recorded."""
    note = await note_in_chat(uow, note_id, chat_id)
    flag = await uow.moderation.flag(note_id)
    if flag is not None and flag.hidden:  # hidden by the admins, or taken down by its author: no code,
        # nothing counted on its card (rep87 #1: a hidden note kept spreading and earning)
        if flag.hidden_by == note.author_id:
            raise DomainError("note_share_withdrawn", id=note_id)
        raise DomainError("note_share_hidden", id=note_id)
    group_buy = None if note.group_buy_id is None else await uow.group_buys.get(note.group_buy_id)
    if group_buy is None:
        raise DomainError("note_share_no_group_buy", id=note_id)
    if not group_buy.is_open:
        raise DomainError("share_group_buy_ended", id=group_buy.id, title=group_buy.terms.title)
    if sold_out(group_buy):  # as `分享`: a friend could buy none, so a code would earn nothing
        raise DomainError("share_sold_out", id=group_buy.id, title=group_buy.terms.title)
    listing = await listings.reaches(uow, group_buy, note.chat_id)  # a note of a 帮卖 group: its listing's
    listing_id = None if listing is None else listing.id
    code = await attribution.share_code(
        uow, group_buy, member_id, secret=secret, now=now, listing_id=listing_id
    )
    counted = await uow.note_shares.add(note_id, member_id, at=now)
    return note, group_buy, code, listing, counted
