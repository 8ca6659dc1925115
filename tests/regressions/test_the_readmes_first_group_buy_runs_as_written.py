"""Review 46, finding 12: the README's first screen never got a newcomer typing (lock-file details, then
a paragraph on reply languages; the first command at line 67). Its top now has "Your first group buy in
one minute": eight lines to type, in English and in Chinese. This test types exactly the README's lines
(read from its table, so the README cannot go stale) into a playground as `make playground` runs it
(the real Tuan on SQLite, its hub and web API) and checks what each person sees."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.bootstrap import build, migrate
from bot.playground.hub import PLATFORM
from bot.playground.server import open_hub
from bot.playground.web import create_app
from bot.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Your first group buy in one minute"

# What each of the eight steps shows, in the chat where it was typed and in private chats (user: text).
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("chat", "Group buy #1 is open: Mangoes 5kg at ¥88 each."),
        ("chat", "Bob is in: 1 × Mangoes 5kg (#1)."),
        ("chat", "Cat is in: 2 × Mangoes 5kg (#1). Now ¥88 each. 🎉 Target reached"),
        ("bob", "Mangoes 5kg: 1 × ¥88 = ¥88\nTotal: ¥88"),
        (
            "chat",
            "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; "
            "the amount was sent to you privately.",
        ),
        (
            "bob",
            "Amy confirmed your payment of ¥88 for order #1-1 (Mangoes 5kg). Thank you!\nYour pickup code",
        ),
        ("bob", "📦 Amy set the pickup for Mangoes 5kg (#1): Gate 3 · "),
        ("bob", "Amy marked your order #1-1 (Mangoes 5kg) as picked up."),
    ],
    "zh": [
        ("chat", "团购 #1 开团了：芒果 5斤，¥88/份。"),
        ("chat", "Bob 跟团：1 × 芒果 5斤（#1）。"),
        ("chat", "Cat 跟团：2 × 芒果 5斤（#1）。当前 ¥88/份。🎉 已成团！"),
        ("bob", "芒果 5斤：1 × ¥88 = ¥88\n合计：¥88"),
        ("chat", "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。"),
        ("bob", "Amy 已确认收到你订单 #1-1（芒果 5斤）的付款 ¥88，谢谢！\n取货码："),
        ("bob", "📦 Amy 定了 芒果 5斤（#1）的自提：小区南门 · "),
        ("bob", "Amy 已确认你的订单 #1-1（芒果 5斤）已提货"),
    ],
}
CLOSED = {
    "en": "Mangoes 5kg (#1) succeeded at ¥88 each: 2 orders, 3 units.",
    "zh": "成团了：¥88/份，共 2 个订单、3 份。",
}
CAT_TOTAL = {"en": "Total: ¥176", "zh": "合计：¥176"}


def first_group_buy() -> list[tuple[str, str, str]]:
    """The README's lines to type: (who, English, 中文), the code spans of its table's rows."""
    text = README.read_text(encoding="utf-8")
    assert SECTION in text
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "`" in line]
    steps = []
    for row in rows:
        who, _does, english, chinese = (cell.strip() for cell in row.strip("|").split("|"))
        steps.append((who.split(",")[0].split()[0].lower(), english.strip("`"), chinese.strip("`")))
    return steps


def test_the_first_screen_shows_the_lines_before_any_detail() -> None:
    text = README.read_text(encoding="utf-8")
    first = text.index(SECTION)
    assert "open http://127.0.0.1:8080 in your browser" in text[:first]
    assert text.index("requirements.lock") > first  # the lock file's details come after
    assert text.index("ALONE_AS_SLASH") > first
    assert len(first_group_buy()) == 8


@dataclass
class Playground:
    client: httpx.AsyncClient

    async def say(self, chat: str, user: str, text: str) -> list[str]:
        """What the bot answered in `chat` (cards left out)."""
        response = await self.client.post("/api/messages", json={"chat": chat, "user": user, "text": text})
        assert response.status_code == 200, response.text
        replies: list[dict[str, Any]] = response.json()["replies"]
        return [r["text"] for r in replies if r["chat"] == chat and not r["card_of"]]

    async def said(self, chat: str) -> list[str]:
        response = await self.client.get(f"/api/chats/{chat}/messages")
        return [m["text"] for m in response.json()["messages"] if m["bot"]]

    async def private(self, user: str, containing: str) -> str:
        """The bot's message in `user`'s private chat containing `containing` (waits for the relay)."""
        for _ in range(100):
            found = [text for text in await self.said(user) if containing in text]
            if found:
                return found[-1]
            await asyncio.sleep(0.05)
        pytest.fail(f"{user} never got {containing!r}: {await self.said(user)}")


@asynccontextmanager
async def running(folder: Path) -> AsyncIterator[Playground]:
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await tuan.start(hub.deliver)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield Playground(client)
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()


@pytest.mark.parametrize(("lang", "column"), [("en", 1), ("zh", 2)])
async def test_the_readmes_first_group_buy_runs_as_written(lang: str, column: int, tmp_path: Path) -> None:
    """Each language in a playground of its own, as a newcomer tries one: Bob's private messages speak
    the language he last typed in."""
    steps = first_group_buy()
    async with running(tmp_path) as playground:
        created = await playground.client.post("/api/chats", json={"name": "picnic"})
        assert created.status_code == 201, created.text
        for number, (step, (where, expected)) in enumerate(zip(steps, EXPECTED[lang], strict=True)):
            who, text = step[0], step[column]
            answered = await playground.say("picnic", who, text)
            if where == "chat":
                assert any(expected in said for said in answered), (number, text, answered)
            else:
                assert expected in await playground.private(where, expected.split("\n")[0][:12])
            if number == 3:  # the close: the group hears it; each buyer has the order, with the total
                assert any(CLOSED[lang] in said for said in answered), answered
                assert CAT_TOTAL[lang] in await playground.private("cat", CAT_TOTAL[lang])
        card = [m for m in await playground.said("picnic") if re.search(r"^🛒", m)][-1]
        assert "1. Bob ×1 ✅📦" in card and "2. Cat ×2" in card
