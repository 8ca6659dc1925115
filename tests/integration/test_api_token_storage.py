"""The console API's tokens on SQLite and PostgreSQL: only the hash and the first characters are kept,
a token acts as its owner with their role read again, last used is written at most once a minute, and
a revoked token (or another person's revoke) does what it should, once."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta

import sqlalchemy as sa

from commerce.domain.console import Account, Principal, Role
from commerce.services import api_tokens
from storage.tables import console_api_tokens
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import ORGANISER, open_buy

AMY = Principal(Role.ORGANISER, "Amy", f"playground:{ORGANISER}")


async def test_a_token_is_stored_as_its_hash_and_acts_as_its_owner(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        token, stored = await api_tokens.create(uow, owner=AMY, label="sheet", now=clock.now())
        await uow.commit()
    assert stored.id is not None and stored.prefix == token[:11] and token.startswith("tuan_")
    async with uow_factory() as uow:
        rows = (await uow.connection.execute(sa.select(console_api_tokens))).all()
    assert [(r.token_hash, r.prefix, r.owner, r.label) for r in rows] == [
        (hashlib.sha256(token.encode()).hexdigest(), token[:11], f"playground:{ORGANISER}", "sheet")
    ]
    async with uow_factory() as uow:
        who = await api_tokens.authenticate(uow, token, now=clock.now())
        assert await api_tokens.authenticate(uow, token + "x", now=clock.now()) is None
        await uow.commit()
    assert who is not None and (who.role, who.identity) == (Role.ORGANISER, f"playground:{ORGANISER}")
    async with uow_factory() as uow:
        [listed] = await api_tokens.tokens_of(uow, AMY)
    assert (listed.created_at, listed.last_used_at, listed.revoked_at) == (clock.now(), clock.now(), None)


async def test_last_used_is_written_at_most_once_a_minute(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        token, _ = await api_tokens.create(uow, owner=AMY, label="", now=clock.now())
        await uow.commit()
    first = clock.now()
    for seconds in (0, 59, 60):
        async with uow_factory() as uow:
            assert await api_tokens.authenticate(uow, token, now=first + timedelta(seconds=seconds))
            await uow.commit()
    async with uow_factory() as uow:
        [listed] = await api_tokens.tokens_of(uow, AMY)
    assert listed.last_used_at == first + timedelta(seconds=60)


async def test_an_admins_token_and_a_token_of_nobody(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        assert await uow.console.add_account(Account("root", "$argon2id$x", clock.now()))
        root = await api_tokens.admin(uow, "root")
        assert root is not None and await api_tokens.admin(uow, "nobody") is None
        admin_token, _ = await api_tokens.create(uow, owner=root, label="", now=clock.now())
        zed = Principal(Role.ORGANISER, "Zed", "playground:zed")  # opened nothing: no role
        zed_token, _ = await api_tokens.create(uow, owner=zed, label="", now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        who = await api_tokens.authenticate(uow, admin_token, now=clock.now())
        assert who is not None and who.is_admin and who.name == "root"
        assert await api_tokens.authenticate(uow, zed_token, now=clock.now()) is None
        assert await api_tokens.authenticate(uow, "tuan_" + "x" * 200, now=clock.now()) is None


async def test_a_token_is_revoked_by_its_owner_only_and_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        token, stored = await api_tokens.create(uow, owner=AMY, label="", now=clock.now())
        await uow.commit()
    assert stored.id is not None
    other = Principal(Role.ORGANISER, "Dan", "playground:dan")
    async with uow_factory() as uow:
        assert not await api_tokens.revoke(uow, owner=other, token_id=stored.id, now=clock.now())
        assert not await api_tokens.revoke(uow, owner=AMY, token_id=2**40, now=clock.now())
        await uow.commit()

    async def revoke() -> bool:
        async with uow_factory() as uow:
            done = await api_tokens.revoke(uow, owner=AMY, token_id=stored.id or 0, now=clock.now())
            await uow.commit()
            return done

    assert sorted(await asyncio.gather(revoke(), revoke())) == [False, True]
    async with uow_factory() as uow:
        assert await api_tokens.authenticate(uow, token, now=clock.now()) is None
        [listed] = await api_tokens.tokens_of(uow, AMY)
    assert listed.revoked_at == clock.now()
