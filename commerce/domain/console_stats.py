"""The console's dashboard figures (issue #14), standard library only: what storage aggregates (per
day, per group buy, per sharer) and the rules that are plain logic (the days of the window, the
conversion rate).

The rules, in plain words (the README says the same): an order counts when it was not cancelled or
refunded (as `/rank` counts them); `gmv` (the page's 下单金额 / "Ordered") is the sum of those orders'
totals, paid or not, and `collected` (已收) of the paid or picked-up ones', per currency. Join → paid,
over the group buys closed in the window: the buyers with a line (each once per group buy), the
orders made at the close, and those paid (or picked up). Sharers are ranked by the buyers their
links brought, never by money (as `/rank`); notes by trust-weighted engagement (as the digest:
commerce.domain.digest), in the `NOTE_CHATS` chats with the most likes and comments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

WINDOW_DAYS = 30
TOP = 10  # group buys and sharers listed
TOP_NOTES = 5
NOTE_CHATS = 3  # top notes: the digest's ranking in this many of the busiest chats, merged
UNCOUNTED = ("cancelled", "refunded")  # an order in these statuses does not count
PAID = ("paid", "fulfilled")
# join → paid: only group buys that closed and sold (a failed or cancelled one never had an order to pay)
SOLD = ("succeeded", "fulfilled")


@dataclass(frozen=True)
class StatsScope:
    """Whose figures: everyone's (`organiser_id` None: an admin) or one organiser's group buys."""

    organiser_id: str | None
    since: datetime  # the window's start (inclusive)
    utc_offset: timedelta = timedelta(0)  # where days begin: the shop's timezone's offset


@dataclass(frozen=True)
class Sales:
    """One day's counted orders of one group buy (what storage aggregates: one pass over the window
    gives both the per-day figures and the top group buys)."""

    day: date
    group_buy_id: int
    currency: str
    orders: int
    gmv: int  # minor units: ordered, paid or not
    collected: int = 0  # minor units: of those, paid or picked up


@dataclass(frozen=True)
class Day:
    """One day's orders in one currency."""

    day: date
    currency: str
    orders: int
    gmv: int  # minor units: ordered, paid or not
    collected: int = 0  # minor units: paid or picked up


@dataclass(frozen=True)
class Conversion:
    joined: int  # buyers with a line (each once per group buy)
    ordered: int  # orders made at the close
    paid: int  # of those, paid or picked up

    @property
    def rate(self) -> float | None:
        """paid / joined, None when nobody joined."""
        return self.paid / self.joined if self.joined else None


@dataclass(frozen=True)
class TopGroupBuy:
    id: int
    title: str
    currency: str
    orders: int
    gmv: int  # ordered, paid or not
    collected: int = 0  # paid or picked up


@dataclass(frozen=True)
class TopSharer:
    member_id: str
    buyers: int  # distinct buyers their links brought


def window_days(today: date, days: int = WINDOW_DAYS) -> list[date]:
    """The window's days, oldest first, ending today."""
    return [today - timedelta(days=days - 1 - n) for n in range(days)]


def per_day(found: Iterable[Day], days: list[date]) -> dict[str, list[Day]]:
    """Each currency's figures for every day of `days` (a day without orders: zeros), currencies sorted."""
    by_currency: dict[str, dict[date, Day]] = {}
    for row in found:
        by_currency.setdefault(row.currency, {})[row.day] = row
    return {
        currency: [rows.get(day, Day(day, currency, 0, 0)) for day in days]
        for currency, rows in sorted(by_currency.items())
    }


def orders_per_day(found: Iterable[Day], days: list[date]) -> list[int]:
    """Orders of each day of `days`, all currencies together."""
    counts = dict.fromkeys(days, 0)
    for row in found:
        if row.day in counts:
            counts[row.day] += row.orders
    return [counts[day] for day in days]


def by_day(sales: Iterable[Sales]) -> list[Day]:
    """Orders, what they total and what was collected per day and currency, oldest first."""
    sums: dict[tuple[date, str], tuple[int, int, int]] = {}
    for row in sales:
        count, gmv, collected = sums.get((row.day, row.currency), (0, 0, 0))
        sums[(row.day, row.currency)] = (count + row.orders, gmv + row.gmv, collected + row.collected)
    return [Day(day, currency, *sums[(day, currency)]) for day, currency in sorted(sums)]


def best_group_buys(sales: Iterable[Sales], titles: dict[int, str], limit: int = TOP) -> list[TopGroupBuy]:
    """The group buys with the most ordered (paid or not) in the window, the newer first on a tie;
    `titles` by id."""
    sums: dict[tuple[int, str], tuple[int, int, int]] = {}
    for row in sales:
        count, gmv, collected = sums.get((row.group_buy_id, row.currency), (0, 0, 0))
        sums[(row.group_buy_id, row.currency)] = (
            count + row.orders,
            gmv + row.gmv,
            collected + row.collected,
        )
    ranked = sorted(sums.items(), key=lambda item: (-item[1][1], -item[0][0]))[: max(limit, 0)]
    return [
        TopGroupBuy(gid, titles.get(gid, ""), currency, count, gmv, collected)
        for (gid, currency), (count, gmv, collected) in ranked
    ]
