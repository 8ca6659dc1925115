"""Issue #15, review 49 #6: `tuan telegram set-webhook ftp://x` said the URL "must be an https:// URL",
yet `http://127.0.0.1:58491/tg` was taken (rightly: a local Bot API server takes it). The refusal now
says the rule the code applies: https:// for Telegram, http:// only for a local Bot API server."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main

RULE = (
    "must be an https:// URL Telegram can reach (http:// is taken only by a local Bot API server, "
    "TUAN_TELEGRAM_API_URL), not 'ftp://x'"
)


@pytest.mark.parametrize(
    ("argv", "what"),
    [
        (["telegram", "set-webhook", "ftp://x"], "the webhook URL"),
        (["run", "telegram", "--webhook", "ftp://x", "--port", "8443"], "--webhook"),
    ],
)
def test_a_webhook_url_that_is_not_http_is_refused_with_the_true_rule(
    argv: list[str],
    what: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TUAN_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    monkeypatch.setenv("TUAN_TELEGRAM_TOKEN", "123456:TEST-token_for-the-fake-server")
    assert main(argv) == 2
    assert capsys.readouterr().err == f"tuan: {what} {RULE}\n"
    assert list(tmp_path.iterdir()) == []  # nothing made, nothing asked
