"""`tuan seed`: a demo to open the playground on: friends in chat "family" (Chinese) and "neighbours"
(English), each with a half-full group buy and a friend's note on it.

It goes through the same hub and ChatApp as a person typing in the playground, with fixed update ids,
so running it again is answered from the idempotency records and changes nothing.
"""

from __future__ import annotations

from bot.bootstrap import build, migrate
from bot.playground.hub import Hub
from bot.playground.transcript import Transcript
from bot.settings import Settings

FIRST_UPDATE_ID = 9_000_000_001  # far above any id a person types into the API
DEMO: dict[str, tuple[tuple[str, str], ...]] = {
    "family": (
        ("amy", "接龙 海南贵妃芒 5斤 价格 88 阶梯 5:78,10:68 成团 6 库存 30 限购 3 截止 明天 20:00"),
        ("bob", "+1"),
        ("cat", "＋２"),
        ("dan", "甜吗？上次的很好吃"),
        ("amy", "很甜，今年第一批 🥭"),
        ("cat", "种草 这家的贵妃芒去年就拼过，核小肉厚，回购三次了"),
    ),
    "neighbours": (
        ("lisa", "/groupbuy Kaya Jars 400g price 12 tiers 6:10 target 4 limit 3 ends tomorrow 20:00"),
        ("jon", "+1"),
        ("kim", "+2 gate B"),
        ("max", "/note Real pandan kaya, made on Friday. We finish a jar a week"),
        ("jon", "is it very sweet?"),
        ("lisa", "Less sweet than the shop ones 🙂"),
    ),
}


async def seed(settings: Settings) -> str:
    """Play the demo; what happened, in one line for the terminal."""
    await migrate(settings)
    tuan = await build(settings)
    try:
        hub = Hub(app=tuan.app, transcript=Transcript(tuan.engine, clock=tuan.clock), admins=settings.admins)
        await hub.start()
        posted = 0
        for chat, lines in DEMO.items():
            for number, (user, text) in enumerate(lines):
                result = await hub.say(chat=chat, user=user, text=text, update_id=FIRST_UPDATE_ID + number)
                posted += not result["duplicate"]
    finally:
        await tuan.aclose()
    if not posted:
        return (
            "The demo is already there (chats 'family' and 'neighbours'). "
            "Start the playground: tuan playground"
        )
    return (
        "Seeded chat 'family' (中文: Amy's mango group buy) and 'neighbours' (English: Lisa's kaya jars), "
        "each half full with a friend's note. Start the playground: tuan playground"
    )
