"""`tuan run telegram` starting up: a bad token or an unmigrated database is one clear line and exit
code 2; the webhook mode serves updates only with Telegram's secret header."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from storage.migrate import head, upgrade
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import free_port

pytestmark = pytest.mark.e2e

AMY = User(5001, "Amy", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("", "tuan: TUAN_TELEGRAM_TOKEN is not set: the bot token from @BotFather"),
        ("not-a-token", "tuan: TUAN_TELEGRAM_TOKEN does not look like a bot token"),
        ("123456:short", "tuan: TUAN_TELEGRAM_TOKEN does not look like a bot token"),
    ],
)
async def test_a_missing_or_malformed_token_is_one_line_and_exit_code_2(
    api: FakeBotAPI, tmp_path: Path, token: str, says: str
) -> None:
    tuan = TuanTelegram(tmp_path, api, TUAN_TELEGRAM_TOKEN=token)

    code, output = await tuan.run("run", "telegram")

    assert code == 2
    assert output.startswith(says) and output.count("\n") == 1, output
    assert "Traceback" not in output
    assert not token or token not in output  # a token is a secret: never printed


async def test_a_token_the_server_refuses_or_an_unreachable_server_is_one_line(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    refused = TuanTelegram(tmp_path, api, TUAN_TELEGRAM_TOKEN="654321:ANOTHER-token_the-server-refuses")
    unreachable = TuanTelegram(tmp_path, api, TUAN_TELEGRAM_API_URL=f"http://127.0.0.1:{free_port()}")

    assert (await refused.run("migrate"))[0] == 0  # the schema is checked before the network
    refused_code, refused_output = await refused.run("run", "telegram")
    unreachable_code, unreachable_output = await unreachable.run("run", "telegram")

    assert refused_code == 2 and "Traceback" not in refused_output
    assert (
        f"tuan: the Bot API at {api.base_url} refused TUAN_TELEGRAM_TOKEN (401 Unauthorized)"
        in refused_output
    )
    assert unreachable_code == 2 and "Traceback" not in unreachable_output
    assert "tuan: cannot reach the Telegram Bot API at http://127.0.0.1:" in unreachable_output


async def test_an_unmigrated_or_outdated_database_is_one_line_saying_to_run_tuan_migrate(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    tuan = TuanTelegram(tmp_path, api)
    url = tuan.database_url

    unmigrated = await tuan.run("run", "telegram", "--database-url", url)
    await upgrade(url, "0003")  # the schema an older release left
    outdated = await tuan.run("run", "telegram", "--database-url", url)

    assert unmigrated == (2, f'tuan: database {url} is not migrated: run "tuan migrate" first\n')
    assert outdated == (
        2,
        f'tuan: database {url} is at schema 0003, this version needs {head()}: run "tuan migrate" first\n',
    )
    assert not api.sent("getUpdates")  # it never started serving
    await tuan.start()  # `tuan migrate`, then it serves
    assert await tuan.stop() == 0, tuan.output()


async def test_the_webhook_takes_updates_only_with_telegrams_secret_header(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    tuan = TuanTelegram(
        tmp_path, api, "--webhook", url, "--port", str(port), TUAN_TELEGRAM_WEBHOOK_SECRET="s3cret"
    )
    await tuan.start(wait_until_polling=False)
    try:
        registered = await api.wait_for(lambda: api.sent("setWebhook"), within=60)
        assert registered[0].params["url"] == url and registered[0].params["secret_token"] == "s3cret"
        api.started.add(AMY.id)
        update = {"update_id": 1, **api.message(AMY.id, AMY, "/help")}

        async with httpx.AsyncClient(timeout=10) as http:
            forged = await http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
            anonymous = await http.post(url, json=update)
            genuine = await http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})

        assert (forged.status_code, anonymous.status_code, genuine.status_code) == (401, 401, 200)
        assert "refused 1 update(s) without this worker's webhook secret" in tuan.output()
        answer = await api.wait_for(lambda: api.sent("sendMessage", AMY.id))
        assert "/help organiser" in answer[0].params["text"]  # the help, answered
        assert not api.sent("getUpdates")
    finally:
        assert await tuan.stop() == 0, tuan.output()
