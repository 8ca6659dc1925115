"""deploy/compose.yaml cannot be run here (no Docker): its structure is checked instead. The services of
the deployment, the workers and the console starting after the migration succeeded, a health check on
every long-running service whose port agrees with where it listens, every `tuan …` command parsed by the
real CLI parser, every TUAN_* name a real setting, every ${…} documented in deploy/.env.example, and the
image installed from requirements.lock."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy.engine import make_url

from bot import __main__ as cli
from bot.health import PATH
from bot.settings import Settings
from tests.yaml_subset import YamlSubsetError, load

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE_TEXT = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
ENV_TEXT = (DEPLOY / ".env.example").read_text(encoding="utf-8")
COMPOSE = load(COMPOSE_TEXT)
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
TUAN_SERVICES = ("migrate", "telegram", "console")
REFERENCE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")
PROBE_URL = re.compile(r"'http://127\.0\.0\.1:(?P<port>\d+)(?P<path>/[a-z]*)'")
SAMPLES = {"POSTGRES_PASSWORD": "s3cret", "TUAN_TELEGRAM_TOKEN": "123456:ABC"}  # what an operator fills in
SAMPLES |= {
    f"TUAN_{name}_SECRET": f"sample-{name.lower()}" for name in ("TELEGRAM_WEBHOOK", "PAYMENT", "CONSOLE")
}


def example_values() -> dict[str, str]:
    """deploy/.env.example's assignments, the blank secrets filled in as an operator would."""
    values = {}
    for line in ENV_TEXT.splitlines():
        name, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            values[name] = value or SAMPLES.get(name, "")
    return values


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?error}` (a blank counts as unset)."""

    def one(match: re.Match[str]) -> str:
        name, op, arg = match.group("name"), match.group("op"), match.group("arg")
        if env.get(name):
            return env[name]
        if op == ":?":
            raise LookupError(f"{name}: {arg}")
        return arg if op == ":-" else ""

    return REFERENCE.sub(one, value)


def command(service: str, env: dict[str, str] | None = None) -> list[str]:
    return [
        interpolate(part, example_values() if env is None else env) for part in SERVICES[service]["command"]
    ]


def environment(service: str) -> dict[str, str]:
    return {
        name: interpolate(value, example_values()) for name, value in SERVICES[service]["environment"].items()
    }


def flag(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def parsed(argv: list[str]) -> Any:
    """The real CLI's reading of `tuan …` (its mistakes exit 2 with one line: a failure here)."""
    assert argv[0] == "tuan"
    try:
        return cli.parser().parse_args(argv[1:])
    except SystemExit as exc:
        raise AssertionError(f"`{' '.join(argv)}` is not a command tuan knows (exit {exc.code})") from None


def probe(service: str) -> tuple[int, str, str]:
    """The port and path a service's health check asks, and its code."""
    test = SERVICES[service]["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"], test
    found = PROBE_URL.search(test[3])
    assert found, test[3]
    return int(found.group("port")), found.group("path"), test[3]


def test_the_services_are_the_deployment() -> None:
    assert set(SERVICES) == {"postgres", "redis", "migrate", "telegram", "console"}
    assert (SERVICES["postgres"]["image"], SERVICES["redis"]["image"]) == ("postgres:15", "redis:7")
    assert set(COMPOSE["volumes"]) == {"postgres", "redis"}  # the database survives `down`


def test_the_migration_is_a_job_the_others_wait_for() -> None:
    migrate = SERVICES["migrate"]
    assert (migrate["command"], migrate["restart"]) == (["tuan", "migrate"], "no")
    assert migrate["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    for name in ("telegram", "console"):
        assert SERVICES[name]["depends_on"] == {
            "postgres": {"condition": "service_healthy"},
            "redis": {"condition": "service_healthy"},
            "migrate": {"condition": "service_completed_successfully"},
        }, name


def test_every_long_running_service_has_a_health_check() -> None:
    assert "healthcheck" not in SERVICES["migrate"]  # the job exits; `depends_on` waits for its exit code
    for name in ("postgres", "redis", "telegram", "console"):
        check = SERVICES[name]["healthcheck"]
        assert check["test"][0] == "CMD" and {"interval", "timeout", "retries"} <= set(check), name
        assert SERVICES[name]["restart"] == "unless-stopped", name
    assert SERVICES["postgres"]["healthcheck"]["test"][1] == "pg_isready"
    assert SERVICES["redis"]["healthcheck"]["test"][1:] == ["redis-cli", "-p", "6379", "ping"]
    assert [probe(name)[1] for name in ("telegram", "console")] == [PATH, PATH]


def test_every_tuan_command_is_one_the_cli_knows() -> None:
    names = [name for name, service in SERVICES.items() if service.get("command", [""])[0] == "tuan"]
    assert names == list(TUAN_SERVICES)
    migrate = parsed(command("migrate"))
    assert migrate.runner is cli._migrate
    worker = parsed(command("telegram"))
    assert (worker.runner, worker.webhook, worker.host, worker.port) == (
        cli._run_telegram,
        example_values()["WEBHOOK_URL"],
        "0.0.0.0",
        8080,
    )
    console = parsed(command("console"))
    assert (console.runner, console.console_host, console.console_port, console.console_platform) == (
        cli._console,
        "0.0.0.0",
        8081,
        "telegram",
    )


def test_a_misspelt_flag_would_be_caught() -> None:
    with pytest.raises(AssertionError, match="not a command tuan knows"):
        parsed([*command("console"), "--platfrom", "telegram"])


def test_every_tuan_variable_is_a_setting() -> None:
    named = set(re.findall(r"\bTUAN_[A-Z0-9_]+\b", COMPOSE_TEXT + ENV_TEXT))
    assert {
        "TUAN_DATABASE_URL",
        "TUAN_REDIS_URL",
        "TUAN_TELEGRAM_TOKEN",
        "TUAN_TELEGRAM_WEBHOOK_SECRET",
    } <= named
    assert {
        name for name in named if name.removeprefix("TUAN_").lower() not in Settings.model_fields
    } == set()


def test_the_required_variables_stop_compose_when_blank() -> None:
    blank = {name: "" for name in example_values()}
    with pytest.raises(LookupError, match="WEBHOOK_URL"):
        command("telegram", blank)
    required = {name for *_, (name, op) in _references() if op == ":?"}
    assert required == {
        "POSTGRES_PASSWORD",
        "WEBHOOK_URL",
        "TUAN_TELEGRAM_TOKEN",
        "TUAN_TELEGRAM_WEBHOOK_SECRET",
        "TUAN_PAYMENT_SECRET",
        "TUAN_CONSOLE_SECRET",
        "TUAN_CONSOLE_URL",
    }


def _references() -> Iterator[tuple[str, tuple[str, str]]]:
    for match in REFERENCE.finditer(COMPOSE_TEXT):
        yield match.group(0), (match.group("name"), match.group("op") or "")


def test_every_compose_variable_is_in_the_env_example_and_it_makes_valid_settings(tmp_path: Path) -> None:
    assert {name for _, (name, _) in _references()} <= set(example_values())
    env_file = tmp_path / ".env"
    env_file.write_text("\n".join(f"{k}={v}" for k, v in example_values().items()), encoding="utf-8")
    settings = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (settings.timezone, settings.health_outbox_max_delay_seconds, settings.admins) == (
        "Asia/Shanghai",
        300.0,
        [],
    )
    for name in TUAN_SERVICES:  # what compose sets wins over the file, and is valid too
        values = {key.removeprefix("TUAN_").lower(): value for key, value in environment(name).items()}
        assert Settings(_env_file=env_file, **values).redis_url == "redis://redis:6379/0"  # type: ignore[call-arg]


def test_the_ports_agree_with_the_health_checks() -> None:
    worker = command("telegram")
    assert probe("telegram")[0] == int(flag(worker, "--port"))
    assert SERVICES["telegram"]["expose"] == [flag(worker, "--port")]
    assert "ports" not in SERVICES["telegram"]  # replicas share no host port: the proxy reaches them inside
    replicas = str(SERVICES["telegram"]["deploy"]["replicas"])
    assert (interpolate(replicas, {"WORKERS": "5"}), interpolate(replicas, {})) == ("5", "2")
    console = command("console")
    assert probe("console")[0] == int(flag(console, "--port"))
    [published] = SERVICES["console"]["ports"]
    assert interpolate(published, {}) == f"127.0.0.1:8081:{flag(console, '--port')}"
    postgres, redis = SERVICES["postgres"], SERVICES["redis"]
    pg_isready = postgres["healthcheck"]["test"]
    for name in TUAN_SERVICES:
        database = make_url(environment(name)["TUAN_DATABASE_URL"])
        assert (database.drivername, database.host, database.port) == (
            "postgresql+asyncpg",
            "postgres",
            int(flag(pg_isready, "-p")),
        ), name
        assert (database.username, database.database, database.password) == (
            flag(pg_isready, "-U"),
            flag(pg_isready, "-d"),
            "s3cret",
        )
        assert database.username == postgres["environment"]["POSTGRES_USER"]
        assert database.database == postgres["environment"]["POSTGRES_DB"]
        assert environment(name)["TUAN_REDIS_URL"] == f"redis://redis:{flag(redis['command'], '--port')}/0"
    assert flag(redis["healthcheck"]["test"], "-p") == flag(redis["command"], "--port")


@pytest.mark.parametrize("status", [200, 503])
async def test_the_probe_fails_the_container_exactly_on_a_failing_answer(status: int) -> None:
    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({}, status=status)

    application = web.Application()
    application.router.add_get(PATH, healthz)
    async with TestServer(application, host="127.0.0.1") as server:
        for name in ("telegram", "console"):
            port, _, code = probe(name)
            here = code.replace(f"127.0.0.1:{port}", f"127.0.0.1:{server.port}")
            run = asyncio.to_thread(exec, compile(here, "<healthcheck>", "exec"), {})
            if status == 200:
                await run
            else:
                with pytest.raises(OSError, match="503"):  # urllib's HTTPError: docker sees exit 1
                    await run


def test_the_image_is_built_from_the_lock() -> None:
    builds = [(SERVICES[name]["build"], SERVICES[name]["image"]) for name in TUAN_SERVICES]
    assert builds == [({"context": "..", "dockerfile": "Dockerfile"}, "tuan:local")] * 3
    dockerfile = (DEPLOY / ".." / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("#") and "\nFROM python:3.11-slim\n" in dockerfile
    assert "pip install --require-hashes -r requirements.lock" in dockerfile
    assert "pip install --no-deps ." in dockerfile
    assert {".env", "deploy/.env"} <= set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases
        "a: yes\n",  # a boolean in YAML 1.1, a string in 1.2
        "a: {b: 1}\n",  # flow mappings
        "a: |\n  text\n",  # block scalars
        "a:\n  - b: 1\n",  # a mapping in a sequence
        "a: 1\na: 2\n",  # a key twice
        "a: 1.5\n",  # a float
        "a:\n\t- b\n",  # a tab
        'a: "open\n',  # an unclosed string
    ],
)
def test_the_reader_refuses_what_it_would_not_read_as_yaml_does(text: str) -> None:
    with pytest.raises(YamlSubsetError):
        load(text)


def test_the_reader_reads_the_subset() -> None:
    text = 'a:\n  b: "x # y"  # note\n  c: ["1", 2]\n  d:\n  - e\n  - \'it\'\'s\'\nf: 3\ng:\nh: "no"\n'
    assert load(text) == {
        "a": {"b": "x # y", "c": ["1", 2], "d": ["e", "it's"]},
        "f": 3,
        "g": None,
        "h": "no",
    }
