"""Issue #15, review 49 #5: a database that does not exist, or a role that does not exist, was one
line passing on the driver's words (`(sqlalchemy.dialects.postgresql.asyncpg.Error) database "nosuch"
does not exist`) and said nothing of what to do; a lone process on a port in use said less than the
`--workers` parent did. Now each says what to do, and every server says a port in use the same way."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.__main__ import main
from bot.listening import PortUnavailable, bind
from bot.telegram.workers import check_port_free
from tests.services import free_port


@pytest.mark.postgres
def test_a_database_that_does_not_exist_says_to_create_it(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(postgres_url).set(database="nosuch").render_as_string(hide_password=False)
    monkeypatch.delenv("TUAN_DATABASE_URL", raising=False)
    assert main(["migrate", "--database-url", url]) == 2
    assert capsys.readouterr().err == (
        f"tuan: database nosuch does not exist ({url}): create it (createdb nosuch) or fix "
        "TUAN_DATABASE_URL\n"
    )


@pytest.mark.postgres
def test_a_role_that_does_not_exist_says_to_create_it(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(postgres_url).set(username="nobody", password="pw")
    monkeypatch.delenv("TUAN_DATABASE_URL", raising=False)
    assert main(["migrate", "--database-url", url.render_as_string(hide_password=False)]) == 2
    shown = url.render_as_string(hide_password=True)
    assert capsys.readouterr().err == (
        f"tuan: role nobody does not exist ({shown}): create it (createuser nobody) or fix the user in "
        "TUAN_DATABASE_URL\n"
    )


def test_a_port_in_use_is_said_alike_by_a_lone_server_and_the_workers_parent(tmp_path: Path) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with pytest.raises(PortUnavailable) as alone:
            bind("127.0.0.1", port)
        with pytest.raises(Exception) as parent:
            check_port_free("127.0.0.1", port)
    expected = (
        f"cannot listen on 127.0.0.1:{port}: Address already in use (another Tuan or program serves it)"
    )
    assert str(alone.value) == str(parent.value) == expected
