"""Attribution (分享赚): which member's link brought a buyer to a group buy, decided once, when their order
is made.

The rule, the one `/help share` and the README state:
- only links the buyer opened (`ShareVisit`) for that group buy count, by the time their order is made;
- opening your own link counts for nothing (self-visits are not recorded, and are ignored here too);
- the group buy's organiser is brought by nobody: her own order in it is attributed to nobody, whatever
  link she opened (no sharer earns on, nor ranks by, what she buys from herself);
- a buyer who was already on the list before opening any link is attributed to nobody: the link did
  not bring them;
- otherwise the order goes to the sharer of the last link they opened within the window (default 7
  days, TUAN_ATTRIBUTION_DAYS) before the order was made; of two opened at the same moment, the one
  recorded last;
- nothing else: no link within the window, nobody.

The order stores its sharer (`orders.sharer_id`) when it is made and nothing changes it afterwards, so
a link opened later (after payment above all) changes nothing. Who *earns* on it, and how much, is
`commerce.domain.commission`'s business (the organiser's own link, loops, unpaid orders earn nothing);
attribution only says who brought the buyer. Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from commerce.domain.sharing import ShareVisit

DEFAULT_WINDOW = timedelta(days=7)


def sharer_of(
    buyer_id: str,
    *,
    joined_at: datetime | None,
    visits: Iterable[ShareVisit],
    ordered_at: datetime,
    window: timedelta = DEFAULT_WINDOW,
) -> str | None:
    """The member `buyer_id`'s order is attributed to (None: nobody). `joined_at`: when they were first
    on the list (their earliest line); `visits`: any visits (others' are ignored), in recorded order."""
    opened = [
        (visit.at, position, visit.sharer_id)
        for position, visit in enumerate(visits)
        if visit.visitor_id == buyer_id and visit.sharer_id != buyer_id and visit.at <= ordered_at
    ]
    if not opened:
        return None
    if joined_at is not None and joined_at < min(at for at, _, _ in opened):
        return None  # on the list before any link: the link did not bring them
    recent = [entry for entry in opened if entry[0] >= ordered_at - window]
    return max(recent)[2] if recent else None


def sharers(
    joined: Mapping[str, datetime | None],
    visits: Iterable[ShareVisit],
    *,
    ordered_at: datetime,
    window: timedelta = DEFAULT_WINDOW,
    organiser: str | None = None,
) -> dict[str, str]:
    """Each buyer of `joined` (buyer -> when first on the list) whose order is attributed, to whom;
    never the group buy's `organiser` (her own order)."""
    by_visitor: dict[str, list[ShareVisit]] = {}
    for visit in visits:
        if visit.visitor_id in joined and visit.visitor_id != organiser:
            by_visitor.setdefault(visit.visitor_id, []).append(visit)
    found: dict[str, str] = {}
    for buyer, own in by_visitor.items():
        sharer = sharer_of(buyer, joined_at=joined[buyer], visits=own, ordered_at=ordered_at, window=window)
        if sharer is not None:
            found[buyer] = sharer
    return found
