"""A wrong username costs the same password work as a wrong password (argon2 against a dummy hash), so
how long the refusal takes does not tell whether an account of that name exists."""

from __future__ import annotations

import time

import pytest

from bot.console import passwords
from tests.unit.bot.console.console_client import ConsoleWorld, login


async def test_an_unknown_username_is_verified_against_a_dummy_hash(
    world: ConsoleWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    await world.add_admin()
    verified: list[str] = []
    real = passwords._HASHER

    class Recording:
        def verify(self, hash_: str, password: str) -> bool:
            verified.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(passwords, "_HASHER", Recording())
    client = world.browser()
    unknown = await login(client, "nobody", "wrong horse")
    known = await login(client, "root", "wrong horse")
    assert unknown.status_code == known.status_code == 401
    assert "Wrong username or password." in unknown.text
    assert verified[0] == passwords._DUMMY and verified[1] != passwords._DUMMY and len(verified) == 2


async def test_an_unknown_username_takes_as_long_as_a_wrong_password(world: ConsoleWorld) -> None:
    await world.add_admin()
    client = world.browser()

    async def took(username: str) -> float:
        start = time.perf_counter()
        answer = await login(client, username, "wrong horse")
        assert answer.status_code == 401
        return time.perf_counter() - start

    unknown = min([await took("nobody"), await took("nobody-else")])
    known = min([await took("root"), await took("root")])
    assert unknown > known / 3, (unknown, known)  # before: 0.007 s against 0.3 s
