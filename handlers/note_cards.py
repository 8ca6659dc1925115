"""Whether a change of a group buy changed what its notes' cards show: its price (a join or a leave that
crossed a tier, an edit) or whether it can be joined (closed, cancelled, sold out or no longer).
`handlers.cards.card_update` marks such a card reply `REPRICED`, and `handlers.notes.repriced_cards`
adds the cards of the notes about it, so they are refreshed with the group buy's card (and coalesced
like it by each platform).
"""

from __future__ import annotations

from collections.abc import Collection

from commerce.domain import events as ev
from commerce.domain.group_buy import GroupBuy
from commerce.ports import UnitOfWork
from handlers.types import Reply

REPRICED = "repriced"  # a card reply's mark: the group buy's notes' cards change with it
MAX_CARDS_REFRESHED = 20  # the newest notes about a group buy looked at (as handlers.notes refreshes)
_NOTE_CARD_CHANGES = (ev.GroupBuyEdited, ev.Succeeded, ev.Failed, ev.Cancelled, ev.GroupBuyFulfilled)


def repriced(group_buy: GroupBuy) -> bool:
    """From the group buy's events of this unit of work (not collected yet): its price moved by joins
    and leaves that crossed a tier, its stock sold out by them or freed, or its terms or status changed
    (a join selling out an option's own stock says so itself: `card_update(..., notes=True)`)."""
    moved = 0
    for event in group_buy.events:
        if isinstance(event, _NOTE_CARD_CHANGES):
            return True
        if isinstance(event, ev.Joined):
            moved += event.quantity
        elif isinstance(event, ev.Left):
            moved -= event.quantity
    if not moved:
        return False
    stock = group_buy.terms.stock
    if stock is not None and (group_buy.sold - moved >= stock) != (group_buy.sold >= stock):
        return True  # sold out by it, or no longer: the note says so, or how to join again (rep81 #9)
    if moved < 0 and any(option.stock is not None for option in group_buy.terms.options):
        return True  # an option's own stock freed (events name no option): its Join may be back
    if not group_buy.terms.tiers:
        return False
    return group_buy.unit_price_for(group_buy.sold - moved) != group_buy.unit_price_for(group_buy.sold)


async def note_chats(uow: UnitOfWork, group_buy_id: int, chat_id: str, *, listed: bool) -> list[str]:
    """The chats whose notes about the group buy show it: its own `chat_id` and, 帮卖 (`listed`: some
    chat lists it, `GroupBuy.listings`; none costs no query), each chat that lists it, oldest first."""
    chats = [chat_id]
    if listed:
        chats += [listing.chat_id for listing in await uow.listings.of_group_buy(group_buy_id)]
    return list(dict.fromkeys(chats))


async def bought_cards(uow: UnitOfWork, group_buy: GroupBuy, buyers: Collection[str]) -> list[Reply]:
    """The cards of `buyers`' notes about `group_buy` (among its newest `MAX_CARDS_REFRESHED` in its chat
    and, 帮卖, in each chat that lists it: `note_chats`) when their payment was confirmed or taken back
    (已收, several, the console's, Telegram's): the card says ✅ 已购买 (and the level the purchase
    gives) beside the author's name. In digest mode too: a
    refresh edits a card shown before the mode was switched on and posts none that never was
    (`Reply.refresh`); a note's card key is its number negated (handlers.notes.card_key)."""
    if group_buy.id is None or not buyers:
        return []
    cards = []
    for chat_id in await note_chats(uow, group_buy.id, group_buy.chat_id, listed=bool(group_buy.listings)):
        for note_id in sorted(await uow.notes.about(group_buy.id, chat_id, limit=MAX_CARDS_REFRESHED)):
            note = await uow.notes.get(note_id)
            if note is not None and note.author_id in buyers:
                cards.append(Reply(card_of=-note_id, chat_id=note.chat_id, refresh=True))
    return cards
