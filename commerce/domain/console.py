"""The console's rules (issue #14), standard library only: who a logged-in person is, what they may
see, the one-time login links organisers get in their private chat, and the audit log's entries.

Three roles: an admin (a username and password, `tuan admin create`) sees and does everything; an
organiser (a member who opened a group buy, logged in by a link from `/console`) sees their own group
buys only; a pickup helper (a member named with `设置帮手`) gets the pickup-code page for the group
buys they help and nothing else. Scoping is by the person's identity on every request, never by what
a page was asked for: another organiser's group buy is answered as one that does not exist.
"""

from __future__ import annotations

import enum
import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

LINK_VALIDITY = timedelta(minutes=10)
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$")
USERNAME_RULE = "1 to 32 letters, digits, '.', '-' or '_', starting with a letter or digit"
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
ADMIN_PREFIX = "console:"  # an admin acts as `console:<username>` in status changes and the audit log


class Role(enum.StrEnum):
    ADMIN = "admin"
    ORGANISER = "organiser"
    HELPER = "helper"


RANK = {Role.HELPER: 0, Role.ORGANISER: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class Principal:
    """Who is logged in: an admin (`name` their username) or a member (`identity` as `telegram:123`)."""

    role: Role
    name: str
    identity: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def platform(self) -> str:
        return self.identity.split(":", 1)[0] if self.identity else ""

    @property
    def user_id(self) -> str:
        """The member's raw user id (group buys and orders are stored by it); an admin's actor id."""
        if self.is_admin:
            return ADMIN_PREFIX + self.name
        return self.identity.split(":", 1)[-1]

    @property
    def actor(self) -> str:
        """Who the audit log says did it: `console:alice` for an admin, the identity for a member."""
        return self.user_id if self.is_admin else self.identity

    def at_least(self, role: Role) -> bool:
        """Admins may do what organisers may, organisers what helpers may."""
        return RANK[self.role] >= RANK[role]

    def owns(self, organiser_id: str) -> bool:
        """Whether a group buy opened by `organiser_id` is this person's to see and act on."""
        return self.is_admin or (self.role is Role.ORGANISER and organiser_id == self.user_id)


def role_for(*, organises: bool, helps: bool) -> Role | None:
    """A member's role in the console: organiser if they opened a group buy, else helper if they help
    with one; None: the console has nothing for them."""
    if organises:
        return Role.ORGANISER
    if helps:
        return Role.HELPER
    return None


def username_problem(username: str) -> str | None:
    """Why `username` cannot be an admin's name, or None."""
    if not USERNAME.fullmatch(username):
        return f"a username is {USERNAME_RULE}"
    return None


def password_problem(password: str) -> str | None:
    """Why `password` cannot be an admin's password, or None."""
    if len(password) < MIN_PASSWORD:
        return f"a password has at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"a password has at most {MAX_PASSWORD} characters"
    if password != password.strip():
        return "a password does not start or end with spaces (a pasted line break?)"
    return None


# -- one-time login links --------------------------------------------------------------------------------
def new_token() -> str:
    """A login link's secret: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps of a link's token (a random token needs no slow hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class LoginLink:
    token_hash: str
    identity: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


def login_link(token: str, identity: str, now: datetime) -> LoginLink:
    return LoginLink(token_hash(token), identity, now, now + LINK_VALIDITY)


# -- accounts and the audit log --------------------------------------------------------------------------
@dataclass(frozen=True)
class Account:
    """An admin of the console."""

    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    """One change made in the console: who, what (an action and its subject), before, after, when."""

    actor: str
    action: str
    subject: str
    at: datetime
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


# Every action the audit log writes (`commerce.services.console.audit`), as the audit page offers them in
# its What filter, in this order; each is said in words by the catalog's `console_audit_action_<action>`
# (dots as underscores).
AUDIT_ACTIONS = (
    "group_buy.create",
    "group_buy.edit",
    "group_buy.close",
    "group_buy.cancel",
    "group_buy.copy",
    "order.paid",
    "order.part_paid",
    "order.unpaid",
    "order.refund",
    "order.picked_up",
    "order.cancel",
    "order.restore",
    "pickup.verify",
    "member.mute",
    "member.unmute",
    "note.hide",
    "note.restore",
    "payout.approve",
    "payout.pay",
    "payout.reject",
    "api_token.create",
    "api_token.revoke",
)


@dataclass(frozen=True)
class AuditFilter:
    """The audit page's filters: who, what (an action), about what (subjects), from and to (inclusive
    dates as datetimes)."""

    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 200
    subjects: tuple[str, ...] = ()  # what it was about, as the log writes it (`order:8`): any of these


@dataclass(frozen=True)
class GroupBuyRow:
    """A line of the console's group buy list."""

    id: int
    title: str
    status: str
    sold: int  # as /mine counts it (commerce.domain.roster.units_sold): refunds out, 0 once called off
    target: int
    deadline: datetime
    chat_id: str
    chat_title: str | None
    organiser_id: str
    organiser_name: str
    unit: str = ""  # sold per kg: the target and the sold said in it (`18/5 kg`)
    # once it succeeded, the list shows what is sold now (`sold`, as its card and the API), the units of
    # refunded and of cancelled orders said apart (`9/10 · 已退款 1 份`)
    ordered: int = 0  # every unit joined (as it closed)
    closed_at: datetime | None = None  # when it closed or was called off (None: still open)
    refunded: int = 0  # of those, on refunded orders
    cancelled: int = 0  # on orders cancelled unpaid
