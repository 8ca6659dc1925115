"""Online payment rules that do not depend on a platform: the signed order reference and amount limits.

The order reference travels through the payment platform (Telegram's invoice `payload`) and comes back
at pre-checkout and with the successful payment. It is signed with an HMAC, so a reference the bot did
not make (another order number, a different secret) is refused before anyone is charged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from commerce.domain.money import format_money

SIGNATURE_BYTES = 16  # HMAC-SHA256 truncated to 128 bits: 22 URL-safe characters
MAX_REFERENCE_BYTES = 128  # Telegram's limit for an invoice payload
_REFERENCE = re.compile(r"^o(?P<id>[1-9]\d{0,17})\.(?P<sig>[A-Za-z0-9_-]{22})$")

STARS = "XTR"


@dataclass(frozen=True)
class AmountLimits:
    """The smallest and largest amount one payment may have, in the currency's minor units."""

    minimum: int
    maximum: int


# Approximations of Telegram's https://core.telegram.org/bots/payments/currencies.json (which moves
# with exchange rates: the minimum is about US$1, the maximum about US$10,000) and of the Stars limits.
# Only these currencies are offered for online payment; any other is paid offline.
AMOUNT_LIMITS: dict[str, AmountLimits] = {
    "CNY": AmountLimits(minimum=700, maximum=7_000_000),
    "USD": AmountLimits(minimum=100, maximum=1_000_000),
    "EUR": AmountLimits(minimum=100, maximum=1_000_000),
    STARS: AmountLimits(minimum=1, maximum=10_000),
}


def _signature(order_id: int, secret: str) -> str:
    digest = hmac.new(secret.encode(), f"order:{order_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:SIGNATURE_BYTES]).rstrip(b"=").decode()


def sign_order_reference(order_id: int, secret: str) -> str:
    """`o<order_id>.<signature>`: at most 42 bytes, well inside Telegram's 128."""
    if order_id <= 0:
        raise ValueError(f"order ids are positive, not {order_id}")
    if not secret:
        raise ValueError("the payment secret is empty")
    return f"o{order_id}.{_signature(order_id, secret)}"


def read_order_reference(reference: str, secret: str) -> int:
    """The order id of a reference this bot signed; `DomainError("payment_reference_invalid")` else.

    The signature is compared in constant time, so timing tells a forger nothing.
    """
    size = len(reference.encode(errors="replace"))  # a lone surrogate is no reference, not a crash
    match = _REFERENCE.match(reference) if size <= MAX_REFERENCE_BYTES else None
    if match is None or not secret:
        raise DomainError("payment_reference_invalid")
    order_id = int(match.group("id"))
    if not hmac.compare_digest(match.group("sig"), _signature(order_id, secret)):
        raise DomainError("payment_reference_invalid")
    return order_id


def payable_online(currency: str, *, provider: bool) -> bool:
    """Stars need no provider; a real currency needs a configured provider and known limits."""
    if currency == STARS:
        return True
    return provider and currency in AMOUNT_LIMITS


def within_limits(amount: int, currency: str) -> bool:
    """Whether one online payment may carry `amount` (see `check_amount` for the reason when not)."""
    limits = AMOUNT_LIMITS.get(currency)
    return limits is not None and limits.minimum <= amount <= limits.maximum


def order_payable_online(amount: int, currency: str, *, provider: bool) -> bool:
    """An order is paid online (gets a Pay button, is reserved and lapses unpaid) only when its currency
    is and its total fits one payment; any other order is paid to the organiser and never lapses."""
    return payable_online(currency, provider=provider) and within_limits(amount, currency)


def payment_method(currency: str) -> str:
    """The `PaymentEvent.method` of an online payment in this currency."""
    return "stars" if currency == STARS else "telegram"


def check_amount(amount: int, currency: str) -> None:
    """Refuse an amount outside what one payment may carry (`amount_below_minimum` / `_above_maximum`)."""
    limits = AMOUNT_LIMITS.get(currency)
    if limits is None:
        raise DomainError("currency_not_payable_online", currency=currency)
    if amount < limits.minimum:
        raise DomainError(
            "amount_below_minimum",
            total=format_money(amount, currency),
            minimum=format_money(limits.minimum, currency),
        )
    if amount > limits.maximum:
        raise DomainError(
            "amount_above_maximum",
            total=format_money(amount, currency),
            maximum=format_money(limits.maximum, currency),
        )
