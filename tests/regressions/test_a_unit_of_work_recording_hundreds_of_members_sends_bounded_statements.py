"""A unit of work that records hundreds of members (a pasted list, a room's roster) commits as a few
statements of bounded size. Session 41 found its held-back sightings sent at the commit as ONE statement
of 2,400 CTEs on PostgreSQL: compiling and planning it grow with the square of its parts, and recording
1,205 members took minutes (the suite's slowest test)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from storage import carried, direct
from storage.uow import SqlUnitOfWorkFactory

MEMBERS = 300


async def test_each_statement_carries_a_bounded_number_of_writes_and_every_member_is_recorded(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    combine = carried.combined

    def counted(dialect: str, writes: list[carried.Write], *args: Any, **kwargs: Any) -> Any:
        sizes.append(len(writes))
        return combine(dialect, writes, *args, **kwargs)

    monkeypatch.setattr(carried, "combined", counted)
    async with uow_factory() as uow:
        for n in range(MEMBERS):
            await uow.members.seen(
                platform="wechat",
                user_id=f"u{n}",
                display_name=f"邻居{n}",
                username=None,
                language="zh-CN" if n % 2 else None,
                chat_id="room@chatroom",
                alias=None,
                at=datetime(2026, 12, 6, 12, tzinfo=UTC),
            )
        await uow.commit()

    assert max(sizes, default=0) <= direct.MOST_HELD
    async with uow_factory() as uow:
        assert (await uow.members.get("wechat:u299")) is not None
        languages = await uow.members.languages([f"wechat:u{n}" for n in range(MEMBERS)])
    assert languages == {f"wechat:u{n}": "zh-CN" for n in range(1, MEMBERS, 2)}
