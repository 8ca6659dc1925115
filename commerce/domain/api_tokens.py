"""Personal access tokens for the console's API (issue #14): organisers' own tools call `/api/v1/`
with `Authorization: Bearer <token>`.

A token is 256 random bits behind a recognisable `tuan_` prefix; only its SHA-256 is stored (a random
token needs no slow hash), with the first characters kept to tell tokens apart in a list. A token
belongs to its owner as the audit log names them (`playground:alice` for a member, `console:root` for
an admin) and acts with that person's role, read again on every request.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.console import ADMIN_PREFIX, token_hash

TOKEN_PREFIX = "tuan_"
SHOWN = len(TOKEN_PREFIX) + 6  # what a list shows of a token: `tuan_AbC12x`
MAX_LABEL = 64
MAX_TOKEN = 128  # longer than any token made: refused before it is hashed
# `last used` is written at most this often (not a write per API call).
TOUCH_EVERY = timedelta(minutes=1)
IDENTITY = re.compile(r"^[a-z][a-z0-9_]*:[^\s:][^\s]*$")


@dataclass(frozen=True)
class ApiToken:
    """A token as stored: never the token itself."""

    id: int | None
    token_hash: str
    prefix: str
    owner: str
    label: str
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def owner_is_admin(self) -> bool:
        return self.owner.startswith(ADMIN_PREFIX)


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def issued(token: str, *, owner: str, label: str, now: datetime) -> ApiToken:
    """What is stored of a new token."""
    return ApiToken(None, token_hash(token), token[:SHOWN], owner, label.strip()[:MAX_LABEL], now)


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None (none, another scheme)."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or " " in value:
        return None
    return value


def identity_problem(identity: str) -> str | None:
    """Why `identity` cannot name a member (`platform:user id`), or None."""
    if not IDENTITY.fullmatch(identity):
        return f"a member is named as platform:user id (e.g. playground:amy), not {identity!r}"
    return None
