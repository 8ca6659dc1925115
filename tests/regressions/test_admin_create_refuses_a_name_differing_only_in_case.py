"""Review 98 #5: with the admin `root`, `tuan admin create --username ROOT` made a second admin; logging in
as `ROOT` (a username logs in whatever its case) then failed for both passwords. A name the same as an
existing admin's whatever its case is refused, naming her, and nothing is created: `root` still logs in
by `ROOT` with her own password."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.__main__ import main
from storage.migrate import upgrade


@pytest.fixture
async def database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'admins.db'}"
    await upgrade(url)
    return url


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


@pytest.mark.parametrize("other", ["ROOT", "Root"])
def test_a_name_differing_only_in_case_is_refused(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], other: str
) -> None:
    create = ["admin", "create", "--password-stdin", "--database-url", database, "--username"]
    assert _run(monkeypatch, [*create, "root"], "rootpass123\n") == 0
    capsys.readouterr()

    assert _run(monkeypatch, [*create, other], "abcdefghij\n") == 2
    assert capsys.readouterr().err == "tuan: there is an admin named root already; nothing was created\n"
    assert _run(monkeypatch, ["admin", "list", "--database-url", database]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["root"]
