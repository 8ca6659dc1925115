"""A pickup changed in part: `/pickup #12 tomorrow 18:00` keeps the place, `/pickup #12 Gate 4` keeps the
time, so an organiser moving the time does not have to retype the place (README: change only the time
or only the place). `/edit #12 pickup Gate 4` still names the whole pickup (the time dropped).

The group buy keeps its pickup as the text the card shows (`Gate 3 · Thu 3 Dec 17:00`, written in the
language of the chat when it was set) and the time on its own (for the evening-before reminder); the
place is that text without the time's part.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.ports import UnitOfWork
from handlers.cards import format_deadline
from handlers.parsing.pickup import SEPARATOR
from handlers.texts import t
from handlers.texts.catalog import LANGUAGES


@dataclass(frozen=True)
class PickupNow:
    """The group buy's pickup as it stands: the place ("" when none) and its time (None when none)."""

    place: str
    at: datetime | None


async def pickup_now(uow: UnitOfWork, group_buy: GroupBuy, tz: ZoneInfo) -> PickupNow:
    """The place and time of `group_buy`'s pickup, read back from the text the card shows."""
    assert group_buy.id is not None
    text = group_buy.terms.pickup
    at = await uow.collecting.pickup_at(group_buy.id)
    if at is None:
        return PickupNow(text, None)
    for lang in LANGUAGES:  # `Gate 3 · Thu 3 Dec 17:00`: the place before the time as it was written
        shown = t(lang, "pickup_at", place="", time=format_deadline(at, tz, lang))
        if text.endswith(shown):
            return PickupNow(text[: -len(shown)], at)
    place, separator, _ = text.rpartition(f" {SEPARATOR} ")  # written in another timezone
    return PickupNow(place if separator else text, at)


def merged(
    now_: PickupNow, *, place: str, at: datetime | None, now: datetime, group_buy: GroupBuy
) -> tuple[str, datetime | None]:
    """The new (place, time): the part not named stays as it was (a time already past is not kept);
    only a time, for a group buy with no pickup point yet, is refused with the example."""
    if not place:
        if not now_.place:
            raise DomainError("pickup_place_missing", id=group_buy.id, title=group_buy.terms.title)
        return now_.place, at
    if at is None and now_.at is not None and now_.at > now:
        return place, now_.at
    return place, at
