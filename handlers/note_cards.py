"""Whether a change of a group buy changed what its notes' cards show: its price (a join or a leave that
crossed a tier, an edit) or whether it can be joined (closed, cancelled). `handlers.cards.card_update`
marks such a card reply `REPRICED`, and `handlers.notes.repriced_cards` adds the cards of the notes
about it, so they are refreshed with the group buy's card (and coalesced like it by each platform).
"""

from __future__ import annotations

from commerce.domain import events as ev
from commerce.domain.group_buy import GroupBuy

REPRICED = "repriced"  # a card reply's mark: the group buy's notes' cards change with it
_NOTE_CARD_CHANGES = (ev.GroupBuyEdited, ev.Succeeded, ev.Failed, ev.Cancelled, ev.GroupBuyFulfilled)


def repriced(group_buy: GroupBuy) -> bool:
    """From the group buy's events of this unit of work (not collected yet): its price moved by joins
    and leaves that crossed a tier, or its terms or status changed."""
    moved = 0
    for event in group_buy.events:
        if isinstance(event, _NOTE_CARD_CHANGES):
            return True
        if isinstance(event, ev.Joined):
            moved += event.quantity
        elif isinstance(event, ev.Left):
            moved -= event.quantity
    if not moved or not group_buy.terms.tiers:
        return False
    return group_buy.unit_price_for(group_buy.sold - moved) != group_buy.unit_price_for(group_buy.sold)
