"""The `tuan` command line as a user meets it: help, and one clear line for every mistake."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from storage.migrate import head
from tests.e2e.conftest import Playground, clean_env, sqlite_url, tuan_command
from tests.services import free_port

pytestmark = pytest.mark.e2e


def tuan(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        tuan_command(*args), cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=60, check=False
    )


def test_help_lists_the_subcommands(tmp_path: Path) -> None:
    shown = tuan("--help", cwd=tmp_path)

    assert shown.returncode == 0
    for command in ("playground", "migrate", "seed", "run", "console"):
        assert command in shown.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("playground", "--prot", "8080"),
            "tuan playground: unrecognized arguments: --prot 8080 (see tuan playground --help)",
        ),
        (("playground", "--port", "http"), "tuan playground: argument --port: not a port number: 'http'"),
        (("dance",), "tuan: argument COMMAND: invalid choice: 'dance'"),
        (
            ("migrate", "--database-url", "postgresql+asyncpg://tuan:secret@127.0.0.1:1/tuan"),
            "tuan: cannot reach database postgresql+asyncpg://tuan:***@127.0.0.1:1/tuan:",
        ),
        (("seed", "--database-url", "nonsense"), "tuan: not a database URL: 'nonsense'"),
    ],
)
def test_a_mistake_is_one_line_and_exit_code_2(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    failed = tuan(*args, cwd=tmp_path)

    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1, failed.stderr
    assert failed.stderr.startswith(said), failed.stderr
    assert "secret" not in failed.stderr


def test_a_busy_port_is_one_line(tmp_path: Path) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        failed = tuan("playground", "--port", str(port), "--database-url", sqlite_url(tmp_path), cwd=tmp_path)

    assert failed.returncode == 2
    assert failed.stderr == (
        f"tuan: cannot listen on 127.0.0.1:{port}: Address already in use "
        "(another Tuan or program serves it)\n"
    )


def test_migrate_creates_the_database_folder_and_is_repeatable(tmp_path: Path) -> None:
    first = tuan("migrate", cwd=tmp_path)
    again = tuan("migrate", cwd=tmp_path)

    assert (first.returncode, again.returncode) == (0, 0)
    assert again.stdout == f"Database sqlite+aiosqlite:///./var/tuan.db is up to date (schema {head()}).\n"
    assert (tmp_path / "var" / "tuan.db").is_file()


def test_seed_fills_a_half_full_demo_once_in_chinese_and_in_english(tmp_path: Path) -> None:
    first = tuan("seed", cwd=tmp_path)
    again = tuan("seed", cwd=tmp_path)
    assert (first.returncode, again.returncode) == (0, 0), first.stderr + again.stderr
    assert first.stdout.startswith("Seeded chat 'family' (中文: Amy's mango group buy) and 'neighbours'")
    assert again.stdout.startswith("The demo is already there (chats 'family' and 'neighbours').")

    playground = Playground(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'var' / 'tuan.db'}").start()
    try:
        family = playground.messages("family")
        cards = [m for m in family if m["card_of"]]
        assert [m["name"] for m in family if not m["bot"]] == ["Amy", "Bob", "Cat", "Dan", "Amy", "Cat"]
        assert len(cards) == 2
        assert "3/6" in cards[0]["text"]
        assert cards[0]["text"].endswith("1. Bob ×1\n2. Cat ×2")
        assert cards[1]["text"].startswith("笔记 #1 · Cat\n这家的贵妃芒去年就拼过")
        assert "🛒 海南贵妃芒 5斤（#1）¥88/份" in cards[1]["text"]

        neighbours = playground.messages("neighbours")
        card, note = [m["text"] for m in neighbours if m["card_of"]]
        assert card.startswith("🛒 Kaya Jars 400g (#2)\nOrganiser: Lisa")
        assert "3/4" in card
        assert card.endswith("1. Jon ×1\n2. Kim ×2 · gate B")
        assert note.startswith("Note #2 · Max\nReal pandan kaya")
        assert "🛒 Kaya Jars 400g (#2) ¥12 each" in note
    finally:
        playground.stop()
        playground.http.close()
