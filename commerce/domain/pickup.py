"""Pickup codes (核销) and pickup helpers: the code a buyer shows, and who may take it.

Each paid order gets a short numeric code, unique among its group buy's orders. It is random
(`secrets`), never a sequence, so a buyer cannot work out a neighbour's code from their own. Four digits
while a group buy's codes are plentiful; a group buy so big that four-digit draws keep colliding gets
five, then six (`code_candidates`). Its organiser, an admin of its chat, or a helper the organiser named
for that group buy (`/helper #12 @Cat`) types it at the pickup point, and the order is collected.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator

from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order, OrderStatus
from commerce.domain.transitions import StatusChange

MIN_DIGITS, MAX_DIGITS = 4, 6
# (digits, draws): a draw that collides with a code of the group buy is drawn again, longer after a few
DRAWS = ((4, 3), (5, 3), (6, 14))
_CODE = re.compile(rf"[0-9]{{{MIN_DIGITS},{MAX_DIGITS}}}")  # ASCII: what the codes are made of
# The codes the texts show as examples (`/help`: `/pickupcode 4827`; several: `4827 5028`; `/helper`:
# `1234`): in the form codes are given, never given, so one typed as shown takes no one's order and is
# told it is the example
EXAMPLE_CODES = frozenset({"1234", "4827", "5028"})


def code_candidates(randbelow: Callable[[int], int] = secrets.randbelow) -> Iterator[str]:
    """Random codes to try in turn (no leading zero: `0427` read aloud or retyped loses it)."""
    for digits, draws in DRAWS:
        low = 10 ** (digits - 1)
        for _ in range(draws):
            code = str(low + randbelow(9 * low))
            if code not in EXAMPLE_CODES:
                yield code


def is_code(text: str) -> bool:
    """Whether `text` has the form of a pickup code (4 to 6 digits)."""
    return _CODE.fullmatch(text) is not None


def collection(order: Order) -> StatusChange[OrderStatus] | None:
    """When and by whom the order was handed over (its move to collected); None while it was not."""
    for change in reversed(order.history):
        if change.action == "unfulfil":  # 撤销已取: handed over by mistake, so not collected since
            return None
        if change.to_status is OrderStatus.FULFILLED:
            return change
    return None


def may_verify(group_buy: GroupBuy, actor: str, *, is_admin: bool, is_helper: bool) -> bool:
    """The organiser, an admin of its chat (in that chat), or one of its pickup helpers."""
    return is_helper or group_buy.may_manage(actor, is_admin=is_admin)
