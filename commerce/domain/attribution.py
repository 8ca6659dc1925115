"""Attribution (分享赚): which member's link brought a buyer to a group buy, decided once, when their order
is made.

The rule, the one `/help share` and the README state:
- only links the buyer opened (`ShareVisit`) for that group buy count, by the time their order is made;
- opening your own link counts for nothing (self-visits are not recorded, and are ignored here too);
- the group buy's organiser is brought by nobody: her own order in it is attributed to nobody, whatever
  link she opened (no sharer earns on, nor ranks by, what she buys from herself);
- a buyer who was already on the list before opening any link is attributed to nobody: the link did
  not bring them;
- otherwise the order goes to the sharer of the last link they opened by the time they joined (their
  first line: a join made with a code, `+1 团12-K7QM`, is that code's), within the window (default 7
  days, TUAN_ATTRIBUTION_DAYS) before that join, however long the group buy then runs; of two opened
  at the same moment, the one recorded last. A link opened after joining changes nothing (a look at
  another sharer's card does not move the order);
- with no join known (`joined_at` None), the window counts back from the order;
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
    on the list (their earliest line); `visits`: any visits (others' are ignored), in recorded order.
    The join decides: the last link opened by then (a later one changes nothing; on the list before
    any link: nobody), within `window` before it."""
    decided = ordered_at if joined_at is None else min(joined_at, ordered_at)
    opened = [
        (visit.at, position, visit.sharer_id)
        for position, visit in enumerate(visits)
        if visit.visitor_id == buyer_id and visit.sharer_id != buyer_id and visit.at <= decided
    ]
    recent = [entry for entry in opened if entry[0] >= decided - window]
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
