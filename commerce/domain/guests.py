"""Guests (代报): buyers an organiser adds who are not in the chat (`代报 王阿姨 2`, `/add #12 王阿姨 2`).

A guest has no account on any platform, so their line of the 接龙 list is keyed by a made-up member id,
`guest:<organiser's user id>:<name>`: one line per guest and group buy, shown as "王阿姨 ×2（Amy 代报）".
At the close the guest gets an order of their own like any buyer (its `buyer_id` is that id), and the
organiser who added them is its payer: the order message goes to the organiser's private chat, it is paid
offline to them (they confirm it with `/paid N`, as any offline payment) and, having nobody to pay it
online, it is never reserved nor lapses. Any other private message meant for a guest goes to that
organiser too (`payer_of`). Platform user ids never contain `:` (Telegram's are numbers, WeChat's
`wxid_…`, the playground's plain names), so the id always reads back.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.text import clean_text

PREFIX = "guest:"
MAX_GUEST_NAME = 32


def guest_name(name: str) -> str:
    """The name as stored (invisible characters out, a leading `@` dropped, spaces folded);
    `guest_name_missing` when nothing is left, `guest_name_too_long` beyond `MAX_GUEST_NAME`."""
    cleaned = " ".join(clean_text(name).lstrip("@").split())
    if not cleaned:
        raise DomainError("guest_name_missing")
    if len(cleaned) > MAX_GUEST_NAME:
        raise DomainError("guest_name_too_long", max=MAX_GUEST_NAME)
    return cleaned


def guest_id(organiser_id: str, name: str) -> str:
    """The member id of the guest `name` (as `guest_name` keeps it) that `organiser_id` added."""
    return f"{PREFIX}{organiser_id}:{name}"


def is_guest(user_id: str) -> bool:
    return user_id.startswith(PREFIX)


def payer_of(user_id: str) -> str:
    """Who pays (and hears about) the orders of `user_id`: the organiser who added a guest, else the
    member themselves."""
    if not is_guest(user_id):
        return user_id
    organiser, _, _ = user_id[len(PREFIX) :].partition(":")
    return organiser
