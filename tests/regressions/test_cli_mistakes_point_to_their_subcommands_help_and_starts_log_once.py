"""Round 41 #9 (smaller issues): `tuan playground --prot 1` and `tuan migrate --revision 0040` said
"unrecognized arguments: … (see tuan --help)", while every other mistake names the subcommand's help;
and a playground or bot with the console beside it (`--console`, two servers in one process) logged
uvicorn's "Started server process [N]" twice at each start. Now a wrong flag points to its
subcommand's `--help`, and the line is logged once."""

from __future__ import annotations

import logging

import pytest

from bot.__main__ import configure_logging, main


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["playground", "--prot", "1"],
            "tuan playground: unrecognized arguments: --prot 1 (see tuan playground --help)",
        ),
        (
            ["migrate", "--revision", "0040"],
            "tuan migrate: unrecognized arguments: --revision 0040 (see tuan migrate --help)",
        ),
        (
            ["run", "telegram", "--bogus"],
            "tuan run telegram: unrecognized arguments: --bogus (see tuan run telegram --help)",
        ),
        (
            ["admin", "list", "--all"],
            "tuan admin list: unrecognized arguments: --all (see tuan admin list --help)",
        ),
    ],
)
def test_a_wrong_flag_points_to_its_subcommands_help(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(args)
    assert (ended.value.code, capsys.readouterr().err) == (2, said + "\n")


def test_started_server_process_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    uvicorn_log = logging.getLogger("uvicorn.error")
    for earlier in [f for f in uvicorn_log.filters if type(f).__name__ == "OncePerProcess"]:
        uvicorn_log.removeFilter(earlier)  # a server another test started in this process said it already
    configure_logging("INFO")
    configure_logging("INFO")  # configured again: still one filter
    with caplog.at_level(logging.INFO, logger="uvicorn.error"):
        for _ in ("playground", "console beside it"):
            uvicorn_log.info("Started server process [%d]", 1234)
            uvicorn_log.info("Waiting for application startup.")
    said = [r.getMessage() for r in caplog.records if r.name == "uvicorn.error"]
    assert said == ["Started server process [1234]", *["Waiting for application startup."] * 2]
