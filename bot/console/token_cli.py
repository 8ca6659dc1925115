"""`tuan token create --member playground:amy [--label TEXT]` (or `--admin root`): a personal access
token for the console's API, printed alone on the last line (so `tail -n 1` takes it); only its hash is
stored. Tokens are listed and revoked on the console's `/tokens` page."""

from __future__ import annotations

from bot.settings import Settings
from commerce.domain.api_tokens import MAX_LABEL, identity_problem
from commerce.domain.console import Principal, Role
from commerce.services import api_tokens


class TokenError(Exception):
    """What is wrong, in one line (exit code 2); nothing was created."""


async def create(settings: Settings, *, member: str | None, admin: str | None, label: str = "") -> str:
    """What to print: a line saying whose token it is and how to use it, then the token."""
    from bot.bootstrap import require_migrated
    from bot.clock import SystemClock
    from storage.db import make_engine
    from storage.uow import SqlUnitOfWorkFactory

    if (member is None) == (admin is None):
        raise TokenError(
            "name whose token it is: --member platform:user (e.g. playground:amy) or --admin NAME"
        )
    if member is not None and (problem := identity_problem(member)):
        raise TokenError(f"{problem}; nothing was created")
    if len(label.strip()) > MAX_LABEL:
        raise TokenError(f"a label has at most {MAX_LABEL} characters; nothing was created")
    await require_migrated(settings)
    engine = make_engine(settings.database_url)
    try:
        async with SqlUnitOfWorkFactory(engine)() as uow:
            owner: Principal | None
            if admin is not None:
                owner = await api_tokens.admin(uow, admin)
                missing = f"there is no admin named {admin} (tuan admin list); nothing was created"
            else:
                assert member is not None
                owner = await api_tokens.member(uow, member)
                missing = (
                    f"{member} has opened no group buy here: API tokens are for organisers (and admins); "
                    "nothing was created"
                )
            if owner is None or not owner.at_least(Role.ORGANISER):
                raise TokenError(missing)
            token, stored = await api_tokens.create(uow, owner=owner, label=label, now=SystemClock().now())
            await uow.commit()
    finally:
        await engine.dispose()
    whose = f"admin {owner.name}" if owner.is_admin else f"{owner.name} ({owner.identity})"
    return (
        f"API token {stored.prefix}… for {whose}: send it as 'Authorization: Bearer <token>' to "
        f"{settings.console_public_url}/api/v1/ (shown only now; revoke it on the console's /tokens page)\n"
        f"{token}"
    )
