"""A recording aiogram session for adapter tests: every Bot API call is kept, first in first out.

Answers are queued per method (`will_answer`), first in first out, or made up from the call (a sent
message echoes its chat and text); an exception queued instead is raised, as the real session would.
"""

from __future__ import annotations

import itertools
from collections import defaultdict, deque
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import EditMessageText, SendInvoice, SendMessage
from aiogram.methods.base import TelegramMethod, TelegramType
from aiogram.types import Chat, Message

TOKEN = "42:TEST-token_for-the-recording-session"


class RecordingSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.requests: deque[TelegramMethod[Any]] = deque()
        self._answers: dict[str, deque[Any]] = defaultdict(deque)
        self._ids = itertools.count(500)

    def will_answer(self, method: type[TelegramMethod[Any]], result: Any) -> None:
        """The next call of `method` gets `result` (an exception is raised)."""
        self._answers[method.__name__].append(result)

    def take(self) -> TelegramMethod[Any]:
        """The oldest call not taken yet."""
        return self.requests.popleft()

    def taken_all(self) -> list[TelegramMethod[Any]]:
        calls = list(self.requests)
        self.requests.clear()
        return calls

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109
    ) -> TelegramType:
        self.requests.append(method)
        queued = self._answers.get(type(method).__name__)
        if queued:
            answer = queued.popleft()
            if isinstance(answer, BaseException):
                raise answer
            return answer  # type: ignore[no-any-return]
        return self._made_up(method)  # type: ignore[no-any-return]

    def _made_up(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage | EditMessageText | SendInvoice):
            chat_id = int(getattr(method, "chat_id", 0) or 0)
            kind = "private" if chat_id > 0 else "supergroup"
            message_id = getattr(method, "message_id", None) or next(self._ids)
            return Message(
                message_id=message_id,
                date=datetime.now(UTC),
                chat=Chat(id=chat_id, type=kind),
                text=getattr(method, "text", None) or getattr(method, "title", ""),
            )
        return True

    async def close(self) -> None:
        return None

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 (aiogram's signature)
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""


def recording_bot() -> tuple[Bot, RecordingSession]:
    session = RecordingSession()
    return Bot(TOKEN, session=session), session
