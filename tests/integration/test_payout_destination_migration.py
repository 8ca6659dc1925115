"""Migration 0048: a member's payout destination kept (`payout_destinations`), filled from the requests
made since 0047: each member's latest payout that named one; a member whose requests named none (made
before 0047) has none, and bare `提现` asks them for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory

BEFORE = "0047"
AT = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
ROWS = [  # (member, destination, status), in id order
    ("cat", "微信 old1", "rejected"),
    ("cat", "支付宝 a@b.cn", "paid"),
    ("cat", "", "rejected"),  # none named (cannot be made since 0047): the one before stays hers
    ("dan", "", "paid"),  # asked before 0047 only: nothing kept
    ("eve", "银行卡 6222 0000", "requested"),
]


async def _on(url: str, work: Any) -> Any:
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(work)
    finally:
        await engine.dispose()


async def test_each_members_latest_named_destination_is_kept(empty_database_url: str) -> None:
    await upgrade(empty_database_url, BEFORE)

    def fill(conn: Connection) -> None:
        payouts = sa.table(
            "payouts", *(sa.column(name) for name in ("id", "member", "member_name", "currency", "amount",
                                                      "status", "requested_at", "destination"))
        )  # fmt: skip
        conn.execute(
            payouts.insert(),
            [
                {"id": n, "member": member, "member_name": member.title(), "currency": "CNY", "amount": 1000,
                 "status": status, "requested_at": AT + timedelta(hours=n), "destination": destination}
                for n, (member, destination, status) in enumerate(ROWS, 1)
            ],
        )  # fmt: skip

    await _on(empty_database_url, fill)
    await upgrade(empty_database_url)
    factory = SqlUnitOfWorkFactory(make_engine(empty_database_url))
    try:
        async with factory() as uow:
            kept = {member: await uow.payouts.destination_of(member) for member in ("cat", "dan", "eve")}
            assert (await uow.payouts.get(1)) is not None
            first = await uow.payouts.get(1)
    finally:
        await factory.dispose()
    assert kept == {"cat": "支付宝 a@b.cn", "dan": "", "eve": "银行卡 6222 0000"}
    assert first is not None and first.destination == "微信 old1"  # each payout keeps its own
