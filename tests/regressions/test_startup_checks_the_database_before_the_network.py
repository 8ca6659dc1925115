"""Round 41 #5 and #6: `tuan migrate` on a mistyped SQLite path (`sqlite+aiosqlite:////nonexistent/dir/t.db`)
made the folders and an empty database and said "up to date", so a typo in production became an empty
shop; `tuan console` on a missing file said to migrate but left an empty file behind; and `tuan run
telegram` reported an unreachable Bot API before an outdated schema, so an operator fixed the network
first and then met the schema. Now a SQLite path whose folder does not exist is one line naming the
folder, exit 2, nothing made; a runner on a missing file says to migrate and makes none; and the
schema is checked before the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from storage.migrate import head, upgrade
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.process import TuanTelegram
from tests.services import free_port


def test_migrate_refuses_a_folder_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "nonexistent" / "dir"
    url = f"sqlite+aiosqlite:///{folder / 't.db'}"
    monkeypatch.setenv("TUAN_DATABASE_URL", url)
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"tuan: the folder of SQLite database {url} does not exist: {folder} "
        "(create it, or correct TUAN_DATABASE_URL)\n"
    )
    assert not (tmp_path / "nonexistent").exists()


def test_the_console_on_a_missing_file_leaves_none_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    monkeypatch.setenv("TUAN_DATABASE_URL", url)
    assert main(["console", "--port", str(free_port())]) == 2
    assert capsys.readouterr().err == f'tuan: database {url} is not migrated: run "tuan migrate" first\n'
    assert list(tmp_path.iterdir()) == []


async def test_run_telegram_says_the_schema_before_an_unreachable_bot_api(tmp_path: Path) -> None:
    api = FakeBotAPI()  # never started: nothing answers at its address
    tuan = TuanTelegram(tmp_path, api, TUAN_TELEGRAM_API_URL=f"http://127.0.0.1:{free_port()}")
    url = tuan.database_url
    await upgrade(url, "0050")  # an older release's schema
    code, output = await tuan.run("run", "telegram", "--database-url", url)
    assert (code, output) == (
        2,
        f'tuan: database {url} is at schema 0050, this version needs {head()}: run "tuan migrate" first\n',
    )
