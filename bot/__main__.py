"""`tuan`: the command line. `tuan --help` lists the subcommands.

Logging is the standard library's, configured once here: uvicorn, APScheduler, SQLAlchemy and alembic
all log through it already, so one `basicConfig` covers everything without another dependency.

A platform adapter is one entry in `PLATFORMS`: a function `(settings, args) -> exit code` and,
if it needs flags of its own, a function adding them to its parser.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from pydantic import ValidationError

from bot import diagnostics, heap
from bot.bootstrap import CannotStart, check_database_url
from bot.settings import Settings, setting_error

EXIT_USAGE = 2
MAX_WORKERS = 64

Runner = Callable[[Settings, argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse whose mistakes are one line on stderr (and exit code 2), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _fail(message: str) -> int:
    print(f"tuan: {message}", file=sys.stderr)
    return EXIT_USAGE


# -- subcommands --------------------------------------------------------------------------------
def _playground(settings: Settings, _: argparse.Namespace) -> int:
    from bot.playground.server import serve

    asyncio.run(serve(settings))
    return 0


def _migrate(settings: Settings, _: argparse.Namespace) -> int:
    from bot.bootstrap import migrate, safe_url

    revision = asyncio.run(migrate(settings))
    print(f"Database {safe_url(settings.database_url)} is up to date (schema {revision}).")
    return 0


def _seed(settings: Settings, _: argparse.Namespace) -> int:
    from bot.seed import seed

    print(asyncio.run(seed(settings)))
    return 0


def _console(settings: Settings, _: argparse.Namespace) -> int:
    from bot.console.server import serve

    asyncio.run(serve(settings))
    return 0


def _admin_create(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console.admin_cli import AdminError, create, read_password

    try:
        password = read_password(from_stdin=args.password_stdin)
        print(asyncio.run(create(settings, args.username, password)))
    except AdminError as exc:
        return _fail(str(exc))
    return 0


def _admin_list(settings: Settings, _: argparse.Namespace) -> int:
    from bot.console.admin_cli import listing

    print(asyncio.run(listing(settings)))
    return 0


def _token_create(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console.token_cli import TokenError, create

    try:
        print(asyncio.run(create(settings, member=args.member, admin=args.admin, label=args.label)))
    except TokenError as exc:
        return _fail(str(exc))
    return 0


def _console_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--console",
        dest="console_beside",
        action="store_true",
        default=None,
        help="also serve the web console in this process (TUAN_CONSOLE_HOST/TUAN_CONSOLE_PORT, default "
        "127.0.0.1:8081)",
    )


def _run_telegram(settings: Settings, args: argparse.Namespace) -> int:
    from bot.telegram.workers import check_workers

    if args.webhook and settings.port == 0:  # Telegram would be told a URL no one listens behind
        return _fail("--webhook needs the port its URL reaches, not 0: give --port (or TUAN_PORT), e.g. 8443")
    check_workers(settings, workers=args.workers, webhook_url=args.webhook)
    if args.workers > 1:
        from bot.telegram.workers import supervise

        return asyncio.run(supervise(settings, webhook_url=args.webhook, workers=args.workers))
    from bot.telegram.run import serve

    asyncio.run(serve(settings, webhook_url=args.webhook, worker=args.worker))
    return 0


def _set_webhook(settings: Settings, args: argparse.Namespace) -> int:
    from bot.telegram.run import prepare_webhook

    asyncio.run(prepare_webhook(settings, args.url, force=True))
    print(
        f"Telegram sends this bot's updates to {args.url} now; every worker must have this command's "
        "TUAN_TELEGRAM_WEBHOOK_SECRET",
        flush=True,
    )
    return 0


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of workers: {text!r}") from None
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"--workers must be between 1 and {MAX_WORKERS}, not {count}")
    return count


def _telegram_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--webhook",
        metavar="URL",
        help="receive updates on this public https URL instead of long polling "
        "(listens on --host/--port; Telegram's secret header is checked)",
    )
    parser.add_argument("--host", help="address the webhook listens on (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, help="port the webhook listens on (default 8080)")
    parser.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="with --webhook on PostgreSQL: N worker processes sharing the port, the database and Redis",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)  # started by --workers N
    _console_flag(parser)


def _run_wechat(settings: Settings, _: argparse.Namespace) -> int:
    from bot.wechat.run import serve

    asyncio.run(serve(settings))
    return 0


@dataclass(frozen=True)
class Platform:
    help: str
    run: Runner
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None


PLATFORMS: dict[str, Platform] = {
    "telegram": Platform("serve a Telegram bot (TUAN_TELEGRAM_TOKEN)", _run_telegram, _telegram_arguments),
    "wechat": Platform("serve a WeChat bot (pip install -e .[wechat])", _run_wechat, _console_flag),
}


# -- the parser ---------------------------------------------------------------------------------
def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 0 and 65535, not {port}")
    return port


def _database_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: TUAN_DATABASE_URL or ./var/tuan.db)")


def parser() -> argparse.ArgumentParser:
    root = _Parser(prog="tuan", description="Tuan (团): group buys inside group chats.")
    sub = root.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    playground = sub.add_parser("playground", help="the local chat playground in your browser")
    playground.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    playground.add_argument("--port", type=_port, help="port to listen on (default 8080)")
    _console_flag(playground)
    _database_flag(playground)
    playground.set_defaults(runner=_playground)

    migrate = sub.add_parser(
        "migrate", help="bring the database schema up to date (the release step, before a new version starts)"
    )
    _database_flag(migrate)
    migrate.set_defaults(runner=_migrate)

    seed = sub.add_parser(
        "seed",
        help="a demo: friends, a half-full group buy and a note in chats 'family' and 'neighbours' (English)",
    )
    _database_flag(seed)
    seed.set_defaults(runner=_seed)

    run = sub.add_parser("run", help="serve a chat platform (after `tuan migrate`)")
    platforms = run.add_subparsers(dest="platform", metavar="PLATFORM", required=True, parser_class=_Parser)
    for name, platform in PLATFORMS.items():
        one = platforms.add_parser(name, help=platform.help)
        _database_flag(one)
        if platform.add_arguments is not None:
            platform.add_arguments(one)
        one.set_defaults(runner=platform.run)

    telegram = sub.add_parser("telegram", help="Telegram chores outside a running bot")
    chores = telegram.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    hook = chores.add_parser(
        "set-webhook", help="tell Telegram to send updates to URL (workers started later find it done)"
    )
    hook.add_argument("url", metavar="URL", help="the public https URL the workers serve")
    _database_flag(hook)
    hook.set_defaults(runner=_set_webhook)

    console = sub.add_parser("console", help="the web console for admins, organisers and pickup helpers")
    console.add_argument("--host", dest="console_host", help="address to listen on (default 127.0.0.1)")
    console.add_argument("--port", dest="console_port", type=_port, help="port to listen on (default 8081)")
    console.add_argument(
        "--platform",
        dest="console_platform",
        choices=("telegram", "wechat", "playground"),
        help="whose chats its changes are told to (default TUAN_CONSOLE_PLATFORM or playground)",
    )
    _database_flag(console)
    console.set_defaults(runner=_console)

    admin = sub.add_parser("admin", help="the console's admins")
    admins = admin.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    create = admins.add_parser("create", help="create an admin (the password from stdin or asked)")
    create.add_argument("--username", required=True, help="the admin's login name")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin (one line)"
    )
    _database_flag(create)
    create.set_defaults(runner=_admin_create)
    listed = admins.add_parser("list", help="list the admins")
    _database_flag(listed)
    listed.set_defaults(runner=_admin_list)

    token = sub.add_parser("token", help="personal access tokens for the console's API (/api/v1/)")
    tokens = token.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    made = tokens.add_parser("create", help="make a token (printed alone on the last line)")
    whose = made.add_mutually_exclusive_group(required=True)
    whose.add_argument("--member", help="the organiser it acts as, platform:user id (e.g. playground:amy)")
    whose.add_argument("--admin", help="the console admin it acts as (their username)")
    made.add_argument("--label", default="", help="what it is for (shown in the console's token list)")
    _database_flag(made)
    made.set_defaults(runner=_token_create)
    for leaf in _leaves(root):  # a mistake in its flags points to its own --help
        leaf.set_defaults(leaf=leaf)
    return root


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers that run something (`tuan playground`, `tuan run telegram`, `tuan admin create`…)."""
    found = [parser] if parser.get_default("runner") is not None else []
    for action in parser._actions:  # argparse keeps its subcommands only there
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += _leaves(child)
    return found


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Flags given on the command line, which win over the environment."""
    names: tuple[str, ...] = ("host", "port", "database_url")
    names += ("console_host", "console_port", "console_platform", "console_beside")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


# Loggers that speak per event at INFO (aiogram.event: a line per Telegram update, thousands a minute in a
# flash group buy): kept at WARNING unless the whole log is set quieter still. Their errors still show.
NOISY_LOGGERS = ("apscheduler", "aiosqlite", "sqlalchemy.engine", "alembic.runtime.plugins", "aiogram.event")


class OncePerProcess(logging.Filter):
    """Lets a record starting with `prefix` through once: uvicorn's "Started server process [N]" is said
    by each server, and the console beside the bot or playground (`--console`) is a second one in the
    same process, so the line came twice at every start."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix
        self.seen = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith(self.prefix):
            return True
        seen, self.seen = self.seen, True
        return not seen


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr
    )
    uvicorn_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, OncePerProcess) for f in uvicorn_log.filters):
        uvicorn_log.addFilter(OncePerProcess("Started server process"))
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


def main(argv: Sequence[str] | None = None) -> int:
    root = parser()
    args, extras = root.parse_known_args(argv)
    if extras:  # `tuan playground --prot 1`: see tuan playground --help, not tuan --help
        leaf: argparse.ArgumentParser = getattr(args, "leaf", root)
        leaf.error(f"unrecognized arguments: {' '.join(extras)}")
    try:
        settings = Settings(**_overrides(args))
    except ValidationError as exc:
        return _fail(setting_error(exc))
    configure_logging(settings.log_level)
    diagnostics.install()
    heap.settle_once_started()
    runner: Runner = args.runner
    try:
        check_database_url(settings.database_url)
        return runner(settings, args)
    except CannotStart as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
