"""Session 8: five wrong passwords for an admin's account, typed by anyone from anywhere, locked the
admin out of the console for 15 minutes (even with the right password): a denial of service. Failed
logins now throttle their source (the account from that address, the address itself); the account
is only slowed down past a much higher count, never locked."""

from __future__ import annotations

from pathlib import Path

from bot.console.login import MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS
from tests.unit.bot.console.console_client import console_world, login


async def test_a_strangers_wrong_passwords_do_not_lock_the_admin_out(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.add_admin("root", "correct horse")
        stranger = world.browser("203.0.113.9")
        for _ in range(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS + 1):
            await login(stranger, "root", "guess")
        owner = world.browser("198.51.100.7")
        response = await login(owner, "root", "correct horse")
        assert response.status_code == 303
        assert (await owner.get("/dashboard")).status_code == 200
        refused = await login(stranger, "root", "correct horse")
        assert refused.status_code == 429  # the stranger stays throttled
        assert "from your address: try again in 15 minutes." in refused.text
