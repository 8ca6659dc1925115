"""The console's API in process: tokens made through the service (as `tuan token create` does), an
httpx client per token, and a world with two organisers' closed group buys to call it over."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import sqlalchemy as sa

from commerce.domain.console import Principal
from commerce.services import api_tokens
from storage.tables import orders
from tests.unit.bot.console.console_client import ConsoleWorld


async def token_for(world: ConsoleWorld, *, member: str | None = None, admin: str | None = None) -> str:
    """A new token of a member (`playground:amy`) or an admin (`root`, who must exist)."""
    async with world.app.uow_factory() as uow:
        owner: Principal | None
        owner = await api_tokens.member(uow, member) if member else await api_tokens.admin(uow, admin or "")
        assert owner is not None, (member, admin)
        token, _ = await api_tokens.create(uow, owner=owner, label="test", now=world.clock.now())
        await uow.commit()
    return token


def api(world: ConsoleWorld, token: str | None) -> httpx.AsyncClient:
    """A client of the API sending `token` (None: no Authorization header)."""
    client = world.browser()
    if token is not None:
        client.headers["authorization"] = f"Bearer {token}"
    return client


@dataclass(frozen=True)
class Shop:
    """Amy's closed group buy (Bob's order #1 ¥20, Cat's #2 ¥10) and Dan's (Eve's order)."""

    amy_gid: int
    bob_order: int
    cat_order: int
    dan_gid: int
    eve_order: int


async def order_id(world: ConsoleWorld, gid: int, seq: int) -> int:
    async with world.engine.connect() as conn:
        statement = sa.select(orders.c.id).where(orders.c.group_buy_id == gid, orders.c.seq == seq)
        return int((await conn.execute(statement)).scalar_one())


async def pickup_code(world: ConsoleWorld, order: int) -> str:
    async with world.engine.connect() as conn:
        statement = sa.select(orders.c.pickup_code).where(orders.c.id == order)
        return str((await conn.execute(statement)).scalar_one())


async def shop(world: ConsoleWorld) -> Shop:
    amy = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+2")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    dan = await world.open_group_buy("work", "dan", "Plums", target=1)
    await world.say("work", "eve", "+1")
    await world.say("work", "dan", "/close")
    return Shop(
        amy, await order_id(world, amy, 1), await order_id(world, amy, 2), dan, await order_id(world, dan, 1)
    )
