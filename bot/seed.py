"""`tuan seed`: a demo to open the playground on: friends in chat "family" and a half-full group buy.

It goes through the same hub and ChatApp as a person typing in the playground, with fixed update ids,
so running it again is answered from the idempotency records and changes nothing.
"""

from __future__ import annotations

from bot.bootstrap import build, migrate
from bot.playground.hub import Hub
from bot.playground.transcript import Transcript
from bot.settings import Settings

CHAT = "family"
FIRST_UPDATE_ID = 9_000_000_001  # far above any id a person types into the API
DEMO: tuple[tuple[str, str], ...] = (
    ("amy", "接龙 海南贵妃芒 5斤 价格 88 阶梯 5:78,10:68 成团 6 库存 30 限购 3 截止 明天 20:00"),
    ("bob", "+1"),
    ("cat", "＋２"),
    ("dan", "甜吗？上次的很好吃"),
    ("amy", "很甜，今年第一批 🥭"),
)


async def seed(settings: Settings) -> str:
    """Play the demo; what happened, in one line for the terminal."""
    await migrate(settings)
    tuan = await build(settings)
    try:
        hub = Hub(app=tuan.app, transcript=Transcript(tuan.engine, clock=tuan.clock), admins=settings.admins)
        await hub.start()
        posted = 0
        for number, (user, text) in enumerate(DEMO):
            result = await hub.say(chat=CHAT, user=user, text=text, update_id=FIRST_UPDATE_ID + number)
            posted += not result["duplicate"]
    finally:
        await tuan.aclose()
    if not posted:
        return f"The demo is already there (chat {CHAT!r}). Start the playground: tuan playground"
    return f"Seeded chat {CHAT!r}: Amy's mango group buy, half full. Start the playground: tuan playground"
