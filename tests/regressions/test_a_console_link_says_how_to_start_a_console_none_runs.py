"""Session 14 (README review): after `make playground` alone (no `--console`), `/console` (后台) sent
a link to http://127.0.0.1:8081, where nothing listens unless `tuan console` runs too. Where no console
is known to run at the link's address (no TUAN_CONSOLE_URL, no `--console`), the link now says how to
start one; with either, the link alone."""

from __future__ import annotations

from pathlib import Path

from bot.bootstrap import build
from bot.settings import Settings
from tests.unit.handlers.conftest import fake_chat


async def test_a_console_link_says_how_to_start_a_console_none_runs() -> None:
    chat = fake_chat(console_known=False)
    await chat.say("amy", "/groupbuy Mangoes price 10")
    [reply] = await chat.say("amy", "/console", private=True)
    _, url, start = (reply.text or "").split("\n")
    assert url.startswith("http://127.0.0.1:8081/login/link/")
    assert start == (
        "If it does not open, no console is running: start one with `tuan console` (or start the bot or "
        "the playground with --console), then send /console again."
    )

    zh = fake_chat(console_known=False)
    await zh.say("amy", "接龙 芒果 价格 10")
    [reply] = await zh.say("amy", "后台", private=True)
    assert (reply.text or "").endswith(
        "如果打不开，说明后台没有运行：先用“tuan console”启动后台"
        "（或启动机器人、试玩时加上 --console），再发一次 后台。"
    )


async def test_a_console_beside_or_a_console_url_gives_the_link_alone(tmp_path: Path) -> None:
    chat = fake_chat()  # console_known: a console runs at the link's address
    await chat.say("amy", "/groupbuy Mangoes price 10")
    [reply] = await chat.say("amy", "/console", private=True)
    assert len((reply.text or "").split("\n")) == 2

    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    for settings, known in (
        (Settings(database_url=url, console_url=None, console_beside=False), False),  # the playground alone
        (Settings(database_url=url, console_url="https://shop.example", console_beside=False), True),
        (Settings(database_url=url, console_url=None, console_beside=True), True),
    ):
        tuan = await build(settings, platform="playground")
        try:
            assert tuan.app.config.console_known is known, settings
        finally:
            await tuan.aclose()
