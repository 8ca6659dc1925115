"""Serving the console: `--console` on `tuan run …` (and the playground) starts it beside the bot, in
the bot's process, on TUAN_CONSOLE_HOST:TUAN_CONSOLE_PORT; `tuan console` takes --host/--port/--platform."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx

from bot.__main__ import _overrides, parser
from bot.bootstrap import Tuan, build
from bot.console.app import create_console
from bot.console.passwords import hash_password
from bot.playground.server import open_hub
from bot.settings import Settings
from commerce.domain.console import Account
from storage.migrate import upgrade
from tests.unit.bot.console.console_client import login, post_form


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_console_flag_of_each_runner_becomes_the_setting() -> None:
    for argv in (
        ["run", "telegram", "--console"],
        ["run", "wechat", "--console"],
        ["playground", "--console"],
    ):
        assert _overrides(parser().parse_args(argv))["console_beside"] is True
    assert "console_beside" not in _overrides(parser().parse_args(["run", "telegram"]))
    args = parser().parse_args(["console", "--host", "0.0.0.0", "--port", "9000", "--platform", "telegram"])
    assert _overrides(args) == {
        "console_host": "0.0.0.0",
        "console_port": 9000,
        "console_platform": "telegram",
    }


def test_login_links_point_to_the_public_url_else_where_the_console_listens() -> None:
    assert Settings(console_port=9000).console_public_url == "http://127.0.0.1:9000"
    assert Settings(console_url="https://shop.example/").console_public_url == "https://shop.example"


async def test_with_the_flag_the_bots_process_serves_the_console_until_it_closes(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    port = _free_port()
    settings = Settings(database_url=url, console_beside=True, console_port=port, console_secret="s3cret")
    tuan = await build(settings, platform="playground")
    try:
        await tuan.start(lambda replies: None)  # type: ignore[arg-type,return-value]
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            page = await client.get("/login")
        assert page.status_code == 200
        assert "Log in" in page.text or "登录" in page.text
    finally:
        await tuan.aclose()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        try:
            await client.get("/login")
        except httpx.ConnectError:
            pass
        else:
            raise AssertionError("the console still answers after the bot closed")


async def test_a_close_in_the_console_reaches_the_playground_chat(tmp_path: Path) -> None:
    """The console over the playground's own Tuan (`tuan playground --console`): the close is posted in
    the chat by the playground's relay, the card turns, the buyer gets the order."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    tuan = await build(
        Settings(database_url=url, console_secret="s3cret", language="en"), platform="playground"
    )
    hub = await open_hub(tuan, base_url="http://playground")
    try:
        await tuan.start(hub.deliver)
        said = await hub.say(chat="family", user="amy", text="/groupbuy Mangoes price 10 target 1")
        gid = next(m["card_of"] for m in said["replies"] if m.get("card_of"))
        await hub.say(chat="family", user="bob", text="+1")
        await world_admin(tuan)
        transport = httpx.ASGITransport(app=create_console(tuan))
        async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
            assert (await login(client, "root", "correct horse")).status_code == 303
            assert (await post_form(client, f"/group-buys/{gid}/close")).status_code == 303
        closing = f"✅ Mangoes (#{gid}) succeeded at ¥10 each"
        for _ in range(100):  # the relay posts the rows the console's commit wrote
            texts = [m.text for m in await hub.messages("family")]
            if any(text.startswith(closing) for text in texts):
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(texts)
        order = [m.text for m in await hub.messages("bob") if m.text.startswith(f"Your order #{gid}-1")]
        assert order
    finally:
        await hub.aclose()
        await tuan.aclose()


async def world_admin(tuan: Tuan) -> None:
    async with tuan.uow_factory() as uow:
        await uow.console.add_account(Account("root", hash_password("correct horse"), tuan.clock.now()))
        await uow.commit()
