"""How people name an order: `#12-3` is the third order of group buy 12, so numbers stay short, say
which group buy they belong to, and mean the same in every chat. Within a chat a bare `3` is enough
when only one of its group buys has an order 3 (`commerce.services.orders.resolve` asks otherwise).

The database id of an order never reaches a user: buttons carry it, texts show the number.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrderNumber:
    """An order as typed: its place in its group buy (`seq`), and the group buy when given."""

    seq: int
    group_buy_id: int | None = None

    def __str__(self) -> str:
        return str(self.seq) if self.group_buy_id is None else order_label(self.group_buy_id, self.seq)


def order_label(group_buy_id: int, seq: int) -> str:
    """`12-3`: what texts show after `#`, and what commands accept back."""
    return f"{group_buy_id}-{seq}"
