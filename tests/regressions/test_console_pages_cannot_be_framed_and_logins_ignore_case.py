"""Review 32: console pages sent no X-Frame-Options or CSP (its one-click 批准 / 退款 forms could be framed
under a decoy), and `DAN` was refused (401) for the admin dan. Every answer now forbids framing and
outside scripts; a username logs in whatever its case, its failures counted as one account's."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, login


async def test_every_page_forbids_framing(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        admin = await world.admin("dan")
        for path in ("/dashboard", "/orders", "/payouts", "/moderation", "/static/console.css"):
            response = await admin.get(path)
            assert response.status_code == 200, path
            assert response.headers["x-frame-options"] == "DENY", path
            csp = response.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp, path
        anonymous = world.browser()
        redirected = await anonymous.get("/orders")
        assert redirected.status_code == 302 and redirected.headers["x-frame-options"] == "DENY"


async def test_a_username_in_another_case_logs_in(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.add_admin("dan")
        client = world.browser()
        response = await login(client, " DAN ", "correct horse")
        assert response.status_code == 303, response.text
        assert "dan" in (await client.get("/dashboard")).text
        wrong = await login(world.browser(), "Dan", "wrong")
        assert wrong.status_code == 401
