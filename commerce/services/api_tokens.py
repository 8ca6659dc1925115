"""Use cases of the console API's personal access tokens: make one, list and revoke a person's, and
find who a presented token acts as (with their role read again, as a login would)."""

from __future__ import annotations

from datetime import datetime

from commerce.domain.api_tokens import MAX_TOKEN, TOUCH_EVERY, ApiToken, issued, new_token
from commerce.domain.console import ADMIN_PREFIX, Principal, Role, token_hash
from commerce.ports import UnitOfWork
from commerce.services.console import role_of


async def create(uow: UnitOfWork, *, owner: Principal, label: str, now: datetime) -> tuple[str, ApiToken]:
    """A new token for `owner` (the caller commits): the token, shown once, and what is stored of it."""
    token = new_token()
    stored = await uow.api_tokens.add(issued(token, owner=owner.actor, label=label, now=now))
    return token, stored


async def tokens_of(uow: UnitOfWork, owner: Principal) -> list[ApiToken]:
    return await uow.api_tokens.of_owner(owner.actor)


async def revoke(uow: UnitOfWork, *, owner: Principal, token_id: int, now: datetime) -> bool:
    """Revoke one of the owner's tokens: False if it is not theirs or was revoked already."""
    return await uow.api_tokens.revoke(token_id, owner=owner.actor, at=now)


async def member(uow: UnitOfWork, identity: str) -> Principal | None:
    """The member as the console sees them (their role and name), or None: the console has nothing
    for them."""
    role = await role_of(uow, identity)
    if role is None:
        return None
    name = await uow.members.name_of(identity)
    return Principal(role, name or identity.split(":", 1)[-1], identity)


async def admin(uow: UnitOfWork, username: str) -> Principal | None:
    account = await uow.console.account(username)
    return None if account is None else Principal(Role.ADMIN, account.username)


async def authenticate(uow: UnitOfWork, token: str, *, now: datetime) -> Principal | None:
    """Who the token acts as, or None (unknown, revoked, or its owner is no longer anyone). Says when
    it was last used (at most once a minute; the caller commits)."""
    if len(token) > MAX_TOKEN:  # longer than any token made
        return None
    found = await uow.api_tokens.by_hash(token_hash(token))
    if found is None or found.revoked_at is not None or found.id is None:
        return None
    if found.owner.startswith(ADMIN_PREFIX):
        who = await admin(uow, found.owner.removeprefix(ADMIN_PREFIX))
    else:
        who = await member(uow, found.owner)
    if who is None:
        return None
    if found.last_used_at is None or now - found.last_used_at >= TOUCH_EVERY:
        await uow.api_tokens.touch(found.id, now)
    return who
