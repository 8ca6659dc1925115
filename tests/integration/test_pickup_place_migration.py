"""Migration 0038: a pickup kept as `{place} · {time}` (the text its setter's language wrote) keeps the
place only, its time being `pickup_at`; a text whose time cannot be read stays as it is. Read back, the
group buy carries both and the card writes the time in the reader's language."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from handlers.texts.pickup import pickup_text
from storage.db import make_engine
from storage.migrate import upgrade
from storage.tables import group_buys
from storage.uow import SqlUnitOfWorkFactory

BEFORE = "0037"
AT = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # Thu 3 Dec 18:00 in Shanghai
KEPT = {  # as stored before -> as stored after (with a pickup time)
    "Gate 3 · Thu 3 Dec 18:00": "Gate 3",
    "小区北门 · 12月3日 周四 18:00": "小区北门",
    "A · B · Sat 29 Feb 09:05": "A · B",  # 29 Feb: a leap year's
    "Gate 3 · · Tue 24 Nov 18:00": "Gate 3",  # the extra `·` of an edit typed back as shown (session 8)
    "Gate · 3 Dec": "Gate · 3 Dec",  # not a time the bot wrote
    "Gate · Mon 31 Feb 18:00": "Gate · Mon 31 Feb 18:00",  # no such day
    "Gate · Fri 3 Dec 25:00": "Gate · Fri 3 Dec 25:00",  # no such hour
    "Thu 3 Dec 18:00": "Thu 3 Dec 18:00",  # no place before it
    "Gate 5": "Gate 5",  # a place only
}
NO_TIME = "Gate 9 · Thu 3 Dec 18:00"  # no pickup time kept: the text is all there is, as typed


def _row(n: int, pickup: str, at: datetime | None) -> dict[str, Any]:
    now = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    return {
        "id": n, "chat_id": "-100", "organiser_id": "amy", "organiser_name": "Amy", "title": f"T{n}",
        "currency": "CNY", "unit_price": 8800, "target": 1, "deadline": now, "status": "open",
        "created_at": now, "pickup": pickup, "pickup_at": at,
    }  # fmt: skip


async def _on(url: str, work: Any) -> Any:
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(work)
    finally:
        await engine.dispose()


async def test_a_kept_pickup_keeps_its_place_and_its_time_reads_in_each_language(
    empty_database_url: str,
) -> None:
    await upgrade(empty_database_url, BEFORE)
    rows = [_row(n, kept, AT) for n, kept in enumerate(KEPT, 1)] + [_row(len(KEPT) + 1, NO_TIME, None)]

    def fill(conn: Connection) -> None:
        # only the columns the table had then (a column added since is not there yet)
        existing = {column["name"] for column in sa.inspect(conn).get_columns("group_buys")}
        then = sa.Table(
            "group_buys", sa.MetaData(), *(c._copy() for c in group_buys.columns if c.name in existing)
        )
        conn.execute(then.insert(), rows)

    def pickups(conn: Connection) -> list[str]:
        return [row.pickup for row in conn.execute(sa.select(group_buys.c.pickup).order_by(group_buys.c.id))]

    await _on(empty_database_url, fill)
    await upgrade(empty_database_url)

    assert await _on(empty_database_url, pickups) == [*KEPT.values(), NO_TIME]
    factory = SqlUnitOfWorkFactory(make_engine(empty_database_url))
    try:
        async with factory() as uow:
            group_buy = await uow.group_buys.get(1)
    finally:
        await factory.dispose()
    assert group_buy is not None
    shanghai = ZoneInfo("Asia/Shanghai")
    assert pickup_text(group_buy.terms, shanghai, "zh") == "Gate 3 · 12月3日 周四 18:00"
    assert pickup_text(group_buy.terms, shanghai, "en") == "Gate 3 · Thu 3 Dec 18:00"
