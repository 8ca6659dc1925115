"""A member's joins that are not orders yet (我的订单 before the close): the open group buys they have
lines in, each line at what it costs now. An order is made only at the close, at the price the whole
group reached; until then the member should still see what they joined, marked as not closed, at the
current price and, where a price tier is still ahead, what a unit would cost there. Read only.
"""

from __future__ import annotations

from dataclasses import dataclass

from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.order import describe_line
from commerce.ports import UnitOfWork

MAX_JOINS = 20  # open group buys listed, newest first


@dataclass(frozen=True)
class OpenJoin:
    """A member's lines (their own and their friends') in one open group buy; `chat_id`: the chat the
    order will be in (帮卖: the listing's chat of their first line, as the close makes it)."""

    group_buy: GroupBuy
    lines: list[Participant]
    chat_id: str

    def unit_price(self, line: Participant, *, at: int | None = None) -> int:
        """What a unit of `line` costs now (at `at` units in all, when given): its option's price less
        the tier's discount, else the group's price."""
        option = self.group_buy.option_named(line.option) if line.option else None
        if option is not None:
            return self.group_buy.option_price(option, at=at)
        return self.group_buy.current_unit_price if at is None else self.group_buy.unit_price_for(at)

    @property
    def description(self) -> str:
        return ", ".join(describe_line(self.group_buy.terms.title, line) for line in self.lines)

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def price(self) -> int:
        """The first line's unit price now (as an order's item shows its first line's)."""
        return self.unit_price(self.lines[0])

    @property
    def total(self) -> int:
        """What the lines cost at today's price: the close may still lower it (tiers)."""
        return sum(line.quantity * self.unit_price(line) for line in self.lines)

    def next_price(self) -> tuple[int, int] | None:
        """(units in all, the first line's unit price there) of the next cheaper tier; None: none."""
        ahead = self.group_buy.next_tier()
        if ahead is None:
            return None
        _, tier = ahead
        return tier.min_quantity, self.unit_price(self.lines[0], at=tier.min_quantity)


async def open_joins_of(uow: UnitOfWork, *, member_id: str) -> list[OpenJoin]:
    """The member's lines in open group buys of any chat, newest group buy first."""
    joins = []
    for group_buy_id in await uow.views.open_joins_of(member_id, limit=MAX_JOINS):
        group_buy = await uow.group_buys.get(group_buy_id)
        lines = await uow.group_buys.lines_of(group_buy_id, member_id)
        if group_buy is not None and group_buy.is_open and lines:
            own_first = sorted(lines, key=lambda line: line.friend != "")  # as the order will list them
            joins.append(OpenJoin(group_buy, own_first, await _chat_of(uow, group_buy, lines[0])))
    return joins


async def _chat_of(uow: UnitOfWork, group_buy: GroupBuy, first: Participant) -> str:
    """The chat the member's first line was joined in (commerce.services.listings.of_orders gives the
    order that chat at the close): a help-seller's listing's, else the group buy's own."""
    if first.listing_id is None:
        return group_buy.chat_id
    listing = await uow.listings.get(first.listing_id)
    return group_buy.chat_id if listing is None else listing.chat_id
