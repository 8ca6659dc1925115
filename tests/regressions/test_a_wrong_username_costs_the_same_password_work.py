"""Session 8: logging in as an unknown username skipped argon2 (0.007 s against 0.3 s for a real
account), so the answer's time told which usernames exist. An unknown name is now verified against a
dummy hash: the same work, the same answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console import passwords
from tests.unit.bot.console.console_client import console_world, login


async def test_a_wrong_username_costs_the_same_password_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verified: list[str] = []
    real = passwords._HASHER

    class Recording:
        def verify(self, hash_: str, password: str) -> bool:
            verified.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(passwords, "_HASHER", Recording())
    async with console_world(tmp_path) as world:
        answer = await login(world.browser(), "nobody", "guess")
        assert answer.status_code == 401 and "Wrong username or password." in answer.text
        assert verified == [passwords._DUMMY]
