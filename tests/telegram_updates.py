"""Telegram's POST of one update as the webhook's middlewares (`UpdateGate`, `Redelivered`) see it."""

from __future__ import annotations

from typing import Any

PATH = "/tg"


class Posted:
    """What aiohttp hands the middlewares for Telegram's POST of one update."""

    method = "POST"
    path = PATH

    def __init__(self, update_id: int) -> None:
        self.update_id = update_id

    async def json(self) -> dict[str, Any]:
        return {"update_id": self.update_id, "message": {"text": "+1"}}
