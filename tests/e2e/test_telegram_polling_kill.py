"""Long polling against a crash: `tuan run telegram` (no --webhook: bot/telegram/polling.py) is killed with
SIGKILL while it works through a backlog of joins in three groups (more than one getUpdates batch of
100). Restarted on the same database, it handles every update it had not: each member joined once, in
the order they wrote in their group, and each group's card lists them so."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUPS = (-100301, -100302, -100303)
AMY = User(3001, "Amy", language_code="en")
PER_GROUP = 40  # the card lists the first 50 lines: all of them
MEMBERS = {
    group: [User(3100 + 100 * g + n, f"G{g}M{n:02d}", language_code="en") for n in range(PER_GROUP)]
    for g, group in enumerate(GROUPS)
}
QUIET_SECONDS = 1.0  # after the last join, nothing more may arrive in this long


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=100000).start()
    yield server
    await server.stop()


def joined(api: FakeBotAPI, group: int) -> list[str]:
    """Whose `+1` the bot acknowledged (👌 on it: a join says no more than the card shows), in order."""
    return api.acknowledged(group)


def joins_made(tmp_path: Path) -> int:
    """The joins the database holds (read from the file itself)."""
    conn = sqlite3.connect(tmp_path / "tuan.db", timeout=1)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def card(api: FakeBotAPI, group: int) -> str:
    found = api.join_card(group)
    return api.messages[group][found[0]].text if found else ""


async def test_a_polling_bot_killed_mid_backlog_handles_every_update_once_in_order_after_a_restart(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    first = TuanTelegram(tmp_path, api)
    await first.start()
    try:
        for group in GROUPS:
            api.push(api.message(group, AMY, "/groupbuy Mangoes price 88 stock 1000"))
        await api.wait_for(lambda: all(api.join_card(group) for group in GROUPS), within=30)
        for n in range(PER_GROUP):  # the groups' joins interleaved, as Telegram numbers them
            for group in GROUPS:
                api.push(api.message(group, MEMBERS[group][n], "+1"))
        async with asyncio.timeout(30):  # it is working through them: kill it now
            while joins_made(tmp_path) < 5:  # noqa: ASYNC110 (another process writes the file)
                await asyncio.sleep(0.005)
    finally:
        assert first.process is not None
        first.process.kill()  # SIGKILL mid-backlog: no drain, no confirming getUpdates
        await first.process.wait()
    made = joins_made(tmp_path)
    assert 0 < made < len(GROUPS) * PER_GROUP, f"not killed mid-backlog: {made} joins made"

    second = TuanTelegram(tmp_path, api)
    await second.start(migrate=False)
    try:
        await api.wait_for(
            lambda: all(f"Taken: {PER_GROUP}" in card(api, group) for group in GROUPS), within=60
        )
        await asyncio.sleep(QUIET_SECONDS)
        for group in GROUPS:
            names = [member.first_name for member in MEMBERS[group]]
            # each join acknowledged, by either process (the card below shows the order); a row the kill
            # caught between its 👌 and being marked sent is set again: the same 👌, nothing new to see
            assert set(joined(api, group)) == set(names)
            shown = card(api, group)
            assert f"Taken: {PER_GROUP}" in shown and f"Stock left: {1000 - PER_GROUP}" in shown
            listed = [line for line in shown.splitlines() if " ×" in line]
            assert listed == [f"{n + 1}. {name} ×1" for n, name in enumerate(names)]
    finally:
        assert await second.stop() == 0, second.output()
