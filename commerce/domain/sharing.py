"""Sharing: a member's link to a group buy, the visits it brings (what referrals will be paid on), and
the signatures that make a link (and the card it opens in a private chat) impossible to forge.

A link names a group buy and who shared it; it is signed with an HMAC like the invoice payload
(`commerce.domain.payments`), with the same secret and a purpose of its own, so a link nobody was given
(another group buy's number typed by hand, a sharer swapped in) opens nothing. The copy of the card a
link opens in a private chat carries a second signature, bound to the member who opened it, so only its
buttons act on that group buy from a private chat.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

SIGNATURE_BYTES = 12  # HMAC-SHA256 truncated to 96 bits: 16 URL-safe characters, no padding
SIGNATURE_CHARS = 16


@dataclass(frozen=True)
class ShareVisit:
    """Someone opened a group buy through a member's link. Self-visits are not recorded."""

    group_buy_id: int
    sharer_id: str
    visitor_id: str
    at: datetime


def _mac(purpose: str, text: str, secret: str) -> str:
    if not secret:
        raise ValueError("the signing secret is empty")
    message = f"{purpose}:{text}".encode(errors="surrogatepass")
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:SIGNATURE_BYTES]).decode()


def _matches(purpose: str, text: str, signature: str, secret: str) -> bool:
    """Whether `signature` is ours for `text`, compared in constant time (timing tells a forger nothing)."""
    if not secret or len(signature) != SIGNATURE_CHARS:
        return False
    return hmac.compare_digest(signature.encode(errors="replace"), _mac(purpose, text, secret).encode())


def link_signature(link: str, secret: str) -> str:
    """The signature of a share link's payload (`link`: everything the payload says, sharer included)."""
    return _mac("share", link, secret)


def link_signed(link: str, signature: str, secret: str) -> bool:
    return _matches("share", link, signature, secret)


def _card(group_buy_id: int, member_id: str, listing_id: int | None) -> str:
    where = str(group_buy_id) if listing_id is None else f"{group_buy_id}/{listing_id}"
    return f"{where}:{member_id}"


def card_signature(group_buy_id: int, member_id: str, secret: str, *, listing_id: int | None = None) -> str:
    """The signature on the buttons of the card `member_id` opened through a link, in their private chat;
    `listing_id`: the card of that listing (帮卖, a link or code shared in its chat), whose chat its
    buttons join in."""
    return _mac("card", _card(group_buy_id, member_id, listing_id), secret)


def card_signed(
    group_buy_id: int, member_id: str, signature: str, secret: str, *, listing_id: int | None = None
) -> bool:
    return _matches("card", _card(group_buy_id, member_id, listing_id), signature, secret)
