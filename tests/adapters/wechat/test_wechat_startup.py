"""`tuan run wechat` refuses to start with one clear line when it cannot work, never a traceback."""

from __future__ import annotations

import importlib
import os
import socket
from pathlib import Path
from types import ModuleType

import pytest

from bot.__main__ import main
from tests.services import free_port


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No TUAN_* settings from the developer, a scratch working folder; wechaty's env restored after."""
    for key in [k for k in os.environ if k.startswith("TUAN_")]:
        monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "wechaty-cache"))
    monkeypatch.setenv("WECHATY_LOG", "error")
    monkeypatch.setenv("TUAN_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    return monkeypatch


def test_without_an_endpoint(clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "wechat"]) == 2
    assert capsys.readouterr().err == (
        "tuan: TUAN_WECHATY_ENDPOINT is not set: "
        "host:port of a wechaty puppet service (e.g. 127.0.0.1:8788)\n"
    )


def test_without_a_token(clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    clean_env.setenv("TUAN_WECHATY_ENDPOINT", "127.0.0.1:8788")

    assert main(["run", "wechat"]) == 2
    error = capsys.readouterr().err
    assert error == "tuan: TUAN_WECHATY_TOKEN is not set: the token of the wechaty puppet service\n"


def test_an_unreachable_puppet_service(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = f"127.0.0.1:{free_port()}"
    clean_env.setenv("TUAN_WECHATY_ENDPOINT", endpoint)
    clean_env.setenv("TUAN_WECHATY_TOKEN", "insecure_tuan")
    assert main(["migrate"]) == 0  # the schema is checked before the network
    capsys.readouterr()

    assert main(["run", "wechat"]) == 2
    error = capsys.readouterr().err
    assert error == f"tuan: cannot reach the wechaty puppet service at {endpoint}: Connection refused\n"


def test_an_unmigrated_database(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The puppet service answers, but `tuan migrate` was not run: the runner does not migrate itself."""
    with socket.create_server(("127.0.0.1", 0)) as listening:
        clean_env.setenv("TUAN_WECHATY_ENDPOINT", f"127.0.0.1:{listening.getsockname()[1]}")
        clean_env.setenv("TUAN_WECHATY_TOKEN", "insecure_tuan")

        assert main(["run", "wechat"]) == 2
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    assert capsys.readouterr().err == f'tuan: database {url} is not migrated: run "tuan migrate" first\n'


def test_a_malformed_endpoint(clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    clean_env.setenv("TUAN_WECHATY_ENDPOINT", "localhost")
    clean_env.setenv("TUAN_WECHATY_TOKEN", "insecure_tuan")

    assert main(["run", "wechat"]) == 2
    assert "TUAN_WECHATY_ENDPOINT must be host:port, not 'localhost'" in capsys.readouterr().err


def test_without_the_wechat_extra(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    real_import = importlib.import_module

    def without_wechaty(name: str, package: str | None = None) -> ModuleType:
        if name.startswith("wechaty"):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, package)

    clean_env.setattr(importlib, "import_module", without_wechaty)
    clean_env.setenv("TUAN_WECHATY_ENDPOINT", "127.0.0.1:8788")
    clean_env.setenv("TUAN_WECHATY_TOKEN", "insecure_tuan")

    assert main(["run", "wechat"]) == 2
    assert capsys.readouterr().err == (
        "tuan: the WeChat adapter needs python-wechaty, which is not installed (pip install -e '.[wechat]')\n"
    )


def test_bad_outbox_settings_name_their_variable(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clean_env.setenv("TUAN_WECHAT_QUIET_HOURS", "nights")

    assert main(["run", "wechat"]) == 2
    assert "TUAN_WECHAT_QUIET_HOURS" in capsys.readouterr().err
