"""Redis stops while `tuan run telegram` serves a group buy, and comes back.

While it is down, members keep joining (the database is the truth; locks and Telegram's limits are kept
in the process), a tap delivered twice still counts once, and the log says so once. When Redis is back,
the bot uses it again by itself. Nobody is counted twice, and no 429 came from the fake Telegram.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import ServiceError, free_port, start_redis

pytestmark = pytest.mark.e2e

GROUP = -100401
AMY = User(4000, "Amy", language_code="en")
BUYERS = tuple(User(4001 + i, f"Buyer{i}", language_code="en") for i in range(8))
# the bot asks Redis again this long after finding it down (TUAN_REDIS_RETRY_SECONDS; production: 5 s)
RETRY_SECONDS = 0.5


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


class Redis:
    """A private redis-server this test may stop and start again on the same port."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.port = folder, free_port()
        self.url, self.stop = self.start()

    def start(self) -> tuple[str, object]:
        try:
            url, stop = start_redis(self.folder, port=self.port)
        except ServiceError as exc:
            pytest.fail(f"the Redis server for the test could not start: {exc}", pytrace=False)
        self.stop = stop
        return url, stop


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[Redis]:
    server = Redis(tmp_path / "redis")
    yield server
    server.stop()  # type: ignore[operator]


async def test_members_keep_joining_while_redis_is_down_and_it_is_used_again_when_back(
    api: FakeBotAPI, tmp_path: Path, redis: Redis
) -> None:
    tuan = TuanTelegram(tmp_path, api, TUAN_REDIS_URL=redis.url, TUAN_REDIS_RETRY_SECONDS=str(RETRY_SECONDS))
    await tuan.start()
    try:
        api.push(api.message(GROUP, AMY, "/groupbuy Pears price 12 target 8 ends 2h"))
        message_id, data = await api.wait_for(lambda: api.join_card(GROUP))

        def listed(*buyers: User) -> bool:
            text = api.messages[GROUP][message_id].text
            return all(buyer.first_name in text for buyer in buyers)

        for buyer in BUYERS[:3]:
            api.push(api.tap(GROUP, buyer, message_id, data))
        await api.wait_for(lambda: listed(*BUYERS[:3]))

        redis.stop()  # type: ignore[operator]
        for buyer in BUYERS[3:6]:
            api.push(api.push(api.tap(GROUP, buyer, message_id, data)))  # each delivered twice
        await api.wait_for(lambda: listed(*BUYERS[:6]), within=60)
        assert "Redis cannot be reached" in tuan.output()

        redis.start()
        await asyncio.sleep(RETRY_SECONDS + 0.5)  # the bot asks Redis again after this long
        for buyer in BUYERS[6:]:
            api.push(api.tap(GROUP, buyer, message_id, data))
        await api.wait_for(lambda: listed(*BUYERS), within=60)
    finally:
        code = await tuan.stop()
    assert code == 0, tuan.output()
    text = api.messages[GROUP][message_id].text
    assert "8/8" in text, text
    assert all(text.count(buyer.first_name) == 1 for buyer in BUYERS), text
    assert tuan.output().count("Redis cannot be reached") == 1
    assert "Redis answers again" in tuan.output()
    assert api.too_many_requests == 0
    api.assert_nothing_refused()
