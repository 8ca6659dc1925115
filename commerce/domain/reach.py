"""Where a command was given, and what it may reach from there: one chat's business stays in that chat.

An order is acted on only from the chat of its group buy, or from a private chat by its owner: the
organiser of its group buy (已收, 已取, 退款) or its buyer (付款). Anything else is answered exactly as a
number that does not exist, so nobody learns what goes on in other chats.
"""

from __future__ import annotations

from dataclasses import dataclass

from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order


@dataclass(frozen=True)
class Where:
    """The chat a command came from (`private`: the sender's own chat with the bot)."""

    chat_id: str
    private: bool = False

    def organiser_reaches(self, group_buy: GroupBuy, actor: str) -> bool:
        """In a group: the group buys of that group; in private: the group buys `actor` organises."""
        if self.private:
            return group_buy.organiser_id == actor
        return group_buy.chat_id == self.chat_id

    def finds_managed(self, order: Order, group_buy: GroupBuy, actor: str) -> bool:
        """An order someone would confirm, hand over, refund or take back (已收, 已取, 退款): those of the
        group buys `organiser_reaches`, and (帮卖) in a group the orders made in it, in private the orders
        of `actor`'s own help-selling. Whether `actor` may act on it is asked next (`admin_counts`)."""
        if self.organiser_reaches(group_buy, actor):
            return True
        if self.private:
            return order.help_seller_id == actor
        return order.chat_id == self.chat_id

    def admin_counts(self, group_buy: GroupBuy) -> bool:
        """Whether an admin of this chat may act for `group_buy`'s organiser: in its own group only."""
        return not self.private and group_buy.chat_id == self.chat_id

    def buyer_reaches(self, order: Order, group_buy: GroupBuy, buyer_id: str) -> bool:
        """In a group: the orders made in that group (of its group buys, or, 帮卖, of another chat's that
        it lists: an order belongs to the chat its buyer joined in); in private: `buyer_id`'s own."""
        if self.private:
            return order.buyer_id == buyer_id
        return order.chat_id == self.chat_id
