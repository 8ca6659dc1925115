"""`tuan admin create --username NAME [--password-stdin]` and `tuan admin list`: the console's admins.

The password is read from stdin (one line) with `--password-stdin`, else asked twice at a terminal;
it is never a flag (flags show in `ps` and shell history). Only its argon2 hash is stored.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from bot.console.passwords import hash_password
from bot.settings import Settings
from commerce.domain.console import Account, password_problem, username_problem


class AdminError(Exception):
    """What is wrong, in one line (exit code 2)."""


def read_password(*, from_stdin: bool, stdin: TextIO | None = None) -> str:
    stream = stdin or sys.stdin
    if from_stdin:
        line = stream.readline()
        return line[:-1] if line.endswith("\n") else line
    if not stream.isatty():
        raise AdminError("no terminal to ask the password at: pipe it in with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise AdminError("the two passwords differ; nothing was created")
    return first


async def create(settings: Settings, username: str, password: str) -> str:
    from bot.bootstrap import require_migrated
    from storage.db import make_engine
    from storage.uow import SqlUnitOfWorkFactory

    problem = username_problem(username) or password_problem(password)
    if problem:
        raise AdminError(f"{problem}; nothing was created")
    await require_migrated(settings)
    engine = make_engine(settings.database_url)
    try:
        from bot.clock import SystemClock

        async with SqlUnitOfWorkFactory(engine)() as uow:
            # one name whatever its case, as it logs in (rep98 #5: `ROOT` beside `root`)
            same = next(
                (
                    a.username
                    for a in await uow.console.accounts()
                    if a.username.casefold() == username.casefold()
                ),
                None,
            )
            if same is not None:
                raise AdminError(f"there is an admin named {same} already; nothing was created")
            account = Account(username, hash_password(password), SystemClock().now())
            if not await uow.console.add_account(account):
                raise AdminError(f"there is an admin named {username} already; nothing was created")
            await uow.commit()
    finally:
        await engine.dispose()
    return f"Admin {username} created: {login_line(settings)}"


def login_line(settings: Settings) -> str:
    """Where the new admin logs in, as this shell's settings say, and where that comes from: the
    console's address is its own process's (`tuan console --port`, its environment), which this
    command cannot see, so a default address is said to be one."""
    url = f"{settings.console_public_url}/login"
    if settings.console_url:
        return f"log in at {url} (TUAN_CONSOLE_URL)"
    given = [
        f"{name.upper()}={getattr(settings, name.removeprefix('tuan_'))}"
        for name in ("tuan_console_host", "tuan_console_port")
        if name.removeprefix("tuan_") in settings.model_fields_set
    ]
    if given:
        said = ", ".join(given)
        return f"log in at {url} (as set here: {said}; a console started with --host/--port is there)"
    return (
        f"log in at /login on the console: {url} if it runs on the default address (TUAN_CONSOLE_HOST "
        "and TUAN_CONSOLE_PORT are not set here; one started with --port or other settings is at its own)"
    )


async def listing(settings: Settings) -> str:
    from bot.bootstrap import require_migrated
    from storage.db import make_engine
    from storage.uow import SqlUnitOfWorkFactory

    await require_migrated(settings)
    engine = make_engine(settings.database_url)
    try:
        async with SqlUnitOfWorkFactory(engine)() as uow:
            accounts = await uow.console.accounts()
    finally:
        await engine.dispose()
    if not accounts:
        return 'No admins yet: create one with "tuan admin create --username NAME"'
    return "\n".join(f"{a.username}\tcreated {a.created_at:%Y-%m-%d %H:%M} UTC" for a in accounts)
