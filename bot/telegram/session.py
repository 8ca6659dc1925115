"""The Bot API session: aiogram's aiohttp session, keeping each response model it builds.

Why: aiogram reads every answer through `Response[<what the method returns>]`, a pydantic generic
model built on first use and kept by pydantic in a weak cache only. Nothing else holds it, so every
garbage collection dropped them and the next call built the model again (~0.4 ms each): a tenth of a
busy worker's CPU went to rebuilding the same few classes. Holding them keeps the cache warm.

`call_for_nothing` makes a call whose result nobody reads (a card's edit, the busiest call): its form
goes without a multipart writer built first, and an answer that says `ok` is not read into a `Message`
(pydantic); any other answer is read as aiogram reads it, so it raises the same errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods.base import Response
from aiohttp import ClientError, ClientTimeout

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

    async def call_for_nothing(self, bot: Bot, method: TelegramMethod[Any]) -> None:
        """Make `method` through this session, as `bot(method)` does, without reading its result."""
        files: dict[str, Any] = {}
        form: dict[str, str] = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=files)
            if prepared:
                form[key] = prepared
        if files:  # an upload: as aiogram makes it
            await bot(method)
            return
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(url, data=form, timeout=ClientTimeout(total=self.timeout)) as response:
                status, content = response.status, await response.text()
        except TimeoutError as exc:
            raise TelegramNetworkError(method=method, message="Request timeout error") from exc
        except ClientError as exc:
            raise TelegramNetworkError(method=method, message=f"{type(exc).__name__}: {exc}") from exc
        if 200 <= status <= 226:
            try:
                if self.json_loads(content).get("ok") is True:
                    return
            except (ValueError, AttributeError):
                pass  # aiogram's reading says what is wrong with it
        self.check_response(bot, method, status, content)  # raises what `bot(method)` would
