"""The Bot API session: aiogram's aiohttp session, keeping each response model it builds.

Why: aiogram reads every answer through `Response[<what the method returns>]`, a pydantic generic
model built on first use and kept by pydantic in a weak cache only. Nothing else holds it, so every
garbage collection dropped them and the next call built the model again (~0.4 ms each): a tenth of a
busy worker's CPU went to rebuilding the same few classes. Holding them keeps the cache warm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods.base import Response

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import TelegramMethod


class HeldResponsesSession(AiohttpSession):
    """`AiohttpSession` whose `Response[...]` models live as long as the session."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.response_models: dict[Any, type[Response[Any]]] = {}

    def check_response(
        self, bot: Bot, method: TelegramMethod[Any], status_code: int, content: str
    ) -> Response[Any]:
        returning = method.__returning__
        if returning not in self.response_models:
            self.response_models[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)
