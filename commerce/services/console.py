"""Use cases of the console that are not chat commands: roles, one-time login links, the audit log.

Every change the console makes goes through the chat's own services (commerce.services.*) in a unit of
work, and `audit` writes its entry in that same unit of work: the entry exists exactly when the change
does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from commerce.domain.console import (
    AUDIT_ACTIONS,
    AuditEntry,
    Principal,
    Role,
    login_link,
    new_token,
    role_for,
    token_hash,
)
from commerce.ports import UnitOfWork


async def role_of(uow: UnitOfWork, identity: str) -> Role | None:
    """A member's role: organiser of a group buy, else helper of one, else none."""
    user_id = identity.split(":", 1)[-1]
    organises = await uow.console.organises(user_id)
    helps = not organises and await uow.pickups.verifies_any(chat_id=None, actor=user_id, helper=identity)
    return role_for(organises=organises, helps=helps)


async def issue_link(uow: UnitOfWork, *, identity: str, now: datetime) -> str:
    """A one-time login link's token for `identity` (the caller commits); only its hash is stored."""
    token = new_token()
    await uow.console.add_link(login_link(token, identity, now))
    return token


async def use_link(uow: UnitOfWork, *, token: str, now: datetime) -> str | None:
    """The identity a link logs in (once, within its 10 minutes), or None."""
    return await uow.console.use_link(token_hash(token), now)


async def audit(
    uow: UnitOfWork,
    who: Principal,
    action: str,
    subject: str,
    *,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Record a change made in the console, in the unit of work of the change. The action must be one of
    `AUDIT_ACTIONS` (the audit page offers and words only those): a new one is refused here, by the
    first test that makes it, instead of being written and shown raw."""
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"audit action {action!r} is not in commerce.domain.console.AUDIT_ACTIONS")
    entry = AuditEntry(who.actor, action, subject, now, dict(before or {}), dict(after or {}))
    await uow.console.audit(entry)
