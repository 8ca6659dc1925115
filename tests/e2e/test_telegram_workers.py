"""`tuan run telegram --webhook URL --workers 3` on PostgreSQL and Redis, against the fake Bot API, which
POSTs each update to the webhook as Telegram does (and again until it is answered 200).

Three groups fill their group buys by taps; every tap is delivered twice; one worker is SIGKILLed while
taps are coming in (its updates in hand are sent again by "Telegram"; the parent starts it again). Each
card ends listing each buyer once, `setWebhook` was called once, no call was refused and no 429 came.
And what cannot work is refused in one line: several workers on SQLite, or without a webhook.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import create_database, free_port

pytestmark = pytest.mark.e2e

GROUPS = (-100301, -100302, -100303)
ORGANISER = User(3000, "Amy", language_code="en")
BUYERS = tuple(User(3001 + i, f"Buyer{i:02d}", language_code="en") for i in range(8))
WORKERS = 3


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def workers_of(parent: int) -> list[int]:
    """The pids of the parent's child processes (from /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                children.append(int(entry))
    return children


@pytest.mark.postgres
async def test_three_workers_take_every_update_once_through_a_killed_worker(
    api: FakeBotAPI, tmp_path: Path, postgres_url: str, redis_url: str
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    tuan = TuanTelegram(
        tmp_path,
        api,
        "--webhook",
        url,
        "--port",
        str(port),
        "--workers",
        str(WORKERS),
        TUAN_REDIS_URL=redis_url,
    )
    tuan.database_url = await create_database(postgres_url, "tuan_workers")
    await tuan.start(wait_until_polling=False)
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            await api.wait_for(lambda: tuan.output().count("Tuan is serving Telegram") >= WORKERS, within=90)
            health = await http.get(f"http://127.0.0.1:{port}/healthz")
        assert health.status_code == 200, health.text
        assert api.webhook_sets == 1  # the parent told Telegram; the workers found it done
        assert tuan.process is not None
        pids = workers_of(tuan.process.pid)
        assert len(pids) == WORKERS, pids

        for group in GROUPS:
            api.push(api.message(group, ORGANISER, "/groupbuy Plums price 10 target 8 ends 2h"))
        cards = {g: await api.wait_for(lambda g=g: api.join_card(g), within=60) for g in GROUPS}  # type: ignore[misc]
        # a card Telegram took is recorded as the chat's live card a moment later: a kill in between
        # would post it again (at least once), which is not what this test is about
        await asyncio.sleep(1.0)

        taps = []
        for i, buyer in enumerate(BUYERS):
            for group in GROUPS:
                message_id, data = cards[group]
                tap = api.push(api.tap(group, buyer, message_id, data))
                taps.append(tap["callback_query"]["id"])
                api.push(tap)  # Telegram delivers it twice
            if i == len(BUYERS) // 2:
                os.kill(pids[0], signal.SIGKILL)  # mid-run, with taps in hand

        def all_in() -> bool:
            return all(all(b.first_name in api.messages[g][cards[g][0]].text for b in BUYERS) for g in GROUPS)

        await api.wait_for(all_in, within=90)
        assert api.webhook is not None
        await api.webhook.settled(within=60)
        await api.wait_for(lambda: len(workers_of(tuan.process.pid)) == WORKERS, within=30)  # type: ignore[union-attr]
    finally:
        code = await tuan.stop()
    assert code == 0, tuan.output()
    assert "starting it again" in tuan.output()
    for group in GROUPS:
        card = api.messages[group][cards[group][0]].text
        assert "8/8" in card, card
        assert all(card.count(buyer.first_name) == 1 for buyer in BUYERS), card
    api.assert_nothing_refused()
    assert api.too_many_requests == 0
    # every tap's toast came back in the answer to Telegram's POST, none as a call of its own
    toasts = api.sent("answerCallbackQuery")
    assert {c.params["callback_query_id"] for c in toasts if c.params.get("text")} == set(taps)
    assert all(c.carried for c in toasts)


async def test_several_workers_are_refused_on_sqlite_without_a_webhook_and_on_a_port_in_use(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    tuan = TuanTelegram(tmp_path, api)
    on_sqlite = await tuan.run(
        "run",
        "telegram",
        "--webhook",
        "https://bot.example/hook",
        "--workers",
        "2",
        "--database-url",
        tuan.database_url,
    )
    polling = await tuan.run(
        "run", "telegram", "--workers", "2", "--database-url", "postgresql+asyncpg://x/y"
    )
    zero = await tuan.run("run", "telegram", "--workers", "0")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        in_use = await tuan.run(
            "run", "telegram", "--webhook", "https://bot.example/hook", "--workers", "2", "--port", str(port),
            "--database-url", "postgresql+asyncpg://tuan@127.0.0.1:1/tuan",
        )  # fmt: skip

    assert on_sqlite == (
        2,
        "tuan: --workers 2 needs PostgreSQL: SQLite is one process's database (set "
        "TUAN_DATABASE_URL=postgresql+asyncpg://..., and TUAN_REDIS_URL for shared limits)\n",
    )
    assert polling == (
        2,
        "tuan: --workers 2 needs --webhook: Telegram serves long polling to one process per bot\n",
    )
    assert zero[0] == 2 and "--workers must be between 1 and 64, not 0" in zero[1]
    assert in_use[0] == 2 and in_use[1].startswith(f"tuan: cannot listen on 127.0.0.1:{port}: "), in_use
    assert in_use[1].endswith("(another Tuan or program serves it)\n"), in_use
    assert not api.calls  # nothing was asked of Telegram


async def test_set_webhook_tells_telegram_once_and_workers_started_after_find_it_done(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    tuan = TuanTelegram(tmp_path, api, "--webhook", url, "--port", str(port))
    code, _ = await tuan.run("migrate", "--database-url", tuan.database_url)
    assert code == 0

    told = await tuan.run("telegram", "set-webhook", url, "--database-url", tuan.database_url)
    assert told == (
        0,
        f"Telegram sends this bot's updates to {url} now; every worker must have this command's "
        "TUAN_TELEGRAM_WEBHOOK_SECRET\n",
    )
    assert api.webhook_sets == 1
    other = TuanTelegram(
        tmp_path, api, "--webhook", url, "--port", str(port), TUAN_TELEGRAM_WEBHOOK_SECRET="other"
    )
    refused = await other.run(
        "run", "telegram", "--webhook", url, "--port", str(port), "--database-url", tuan.database_url
    )
    assert refused[0] == 2
    assert refused[1].splitlines()[-1] == (
        f"tuan: Telegram sends {url} another secret than this worker's: give every worker the same "
        "TUAN_TELEGRAM_WEBHOOK_SECRET, or run `tuan telegram set-webhook URL` with this one to replace it"
    )
    assert api.webhook_sets == 1  # the worker with the other secret did not take the webhook over
    await tuan.start(wait_until_polling=False)
    try:
        await api.wait_for(lambda: "Tuan is serving Telegram" in tuan.output(), within=60)
        api.started.add(ORGANISER.id)
        api.push(api.message(ORGANISER.id, ORGANISER, "/help"))
        answer = await api.wait_for(lambda: api.sent("sendMessage", ORGANISER.id))
        assert "/help organiser" in answer[0].params["text"]  # the help, answered
    finally:
        assert await tuan.stop() == 0, tuan.output()
    assert api.webhook_sets == 1  # the worker found the webhook told already
