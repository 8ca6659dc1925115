"""The fake Bot API's webhook side: after `setWebhook`, it POSTs each update to the URL, as Telegram does.

Telegram sends an update with the secret in `X-Telegram-Bot-Api-Secret-Token` and sends it again when the
answer is not a 2xx (or none comes: a worker killed mid-update), after a pause, until it is accepted. Here
each chat's updates go one at a time, in order (a later update of a chat waits for the earlier one to be
accepted), while different chats' updates go at once, up to `max_connections` (Telegram's default 40).
Every attempt is recorded (`attempts`), so a test counts how many times an update was offered and taken.
A 2xx answer may carry a Bot API call (`method` and its fields, as a form or as JSON): Telegram
makes that call, its result known to nobody; here it goes to `answered` (the fake's own handling, with
the same contract checks as a call over HTTP).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

Json = dict[str, Any]
Answered = Callable[[str, dict[str, str]], Awaitable[None]]
RETRY_SECONDS = 0.3
ANSWER_WAIT_SECONDS = 65.0  # Telegram waits about a minute for an answer


@dataclass
class Attempt:
    update_id: int
    status: int  # the HTTP status, 0 when no answer came (connection refused or dropped)
    seconds: float = 0.0  # from the POST to its answer: how long the worker took, as Telegram sees it


@dataclass
class WebhookPusher:
    url: str
    secret: str
    max_connections: int = 40
    attempts: list[Attempt] = field(default_factory=list)
    answered: Answered | None = None  # a Bot API call carried in a 2xx answer

    def __post_init__(self) -> None:
        self.pushed_at: dict[int, float] = {}  # update id -> when it was first queued (monotonic)
        self.accepted_at: dict[int, float] = {}  # update id -> when it was first answered 2xx
        self._queues: dict[str, deque[Json]] = defaultdict(deque)
        self._busy: set[str] = set()
        self._limit = asyncio.Semaphore(self.max_connections)
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._idle = asyncio.Event()
        self._idle.set()

    def push(self, update: Json) -> None:
        chat = _chat_of(update)
        self.pushed_at.setdefault(int(update["update_id"]), time.monotonic())
        self._queues[chat].append(update)
        self._idle.clear()
        if chat not in self._busy:
            self._start(chat)

    def accepted(self, update_id: int) -> int:
        """How many times the update was answered 2xx (1 when Telegram is done with it)."""
        return sum(1 for a in self.attempts if a.update_id == update_id and 200 <= a.status < 300)

    def latencies(self) -> list[float]:
        """Seconds from each update's queueing to its first 2xx, for those accepted."""
        return [at - self.pushed_at[update_id] for update_id, at in self.accepted_at.items()]

    async def settled(self, within: float = 60.0) -> None:
        """Until every pushed update was accepted."""
        async with asyncio.timeout(within):
            await self._idle.wait()

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()

    def _start(self, chat: str) -> None:
        self._busy.add(chat)
        task = asyncio.create_task(self._drain(chat))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _drain(self, chat: str) -> None:
        queue = self._queues[chat]
        try:
            while queue:
                await self._deliver(queue[0])
                queue.popleft()
        finally:
            self._busy.discard(chat)
            if not any(self._queues.values()):
                self._idle.set()

    async def _deliver(self, update: Json) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=ANSWER_WAIT_SECONDS))
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.secret}
        while True:
            status, call = 0, None
            async with self._limit:
                posted = time.monotonic()
                try:
                    async with self._session.post(self.url, json=update, headers=headers) as response:
                        status = response.status
                        call = await _carried_call(response) if 200 <= status < 300 else None
                except (aiohttp.ClientError, TimeoutError):
                    status = 0
            self.attempts.append(Attempt(int(update["update_id"]), status, time.monotonic() - posted))
            if 200 <= status < 300:
                self.accepted_at.setdefault(int(update["update_id"]), time.monotonic())
                if call is not None and self.answered is not None:
                    await self.answered(*call)
                return
            await asyncio.sleep(RETRY_SECONDS)


def _chat_of(update: Json) -> str:
    """The chat an update belongs to (its order is kept per chat), or its sender for private things."""
    for kind in ("message", "edited_message", "message_reaction", "chat_member", "my_chat_member"):
        if kind in update:
            return str(update[kind]["chat"]["id"])
    if "callback_query" in update:
        message = update["callback_query"].get("message") or {}
        return str((message.get("chat") or {}).get("id", update["callback_query"]["from"]["id"]))
    for kind in ("pre_checkout_query", "shipping_query"):
        if kind in update:
            return str(update[kind]["from"]["id"])
    return "other"


async def _carried_call(response: aiohttp.ClientResponse) -> tuple[str, dict[str, str]] | None:
    """The Bot API call in a webhook's answer (`method` and its fields, as a multipart form or as JSON:
    Telegram takes either), read whole; its fields as a form would carry them."""
    if response.content_type == "application/json":
        body = await response.json()
        if not isinstance(body, dict) or not body.get("method"):
            return None
        method = str(body.pop("method"))
        return method, {name: _as_form_field(value) for name, value in body.items() if value is not None}
    if not response.content_type.startswith("multipart/"):
        await response.read()
        return None
    fields: dict[str, str] = {}
    reader = aiohttp.MultipartReader.from_response(response)
    while (part := await reader.next()) is not None:
        assert isinstance(part, aiohttp.BodyPartReader) and part.name, "a webhook answer's part has a name"
        fields[part.name] = await part.text()
    method = fields.pop("method", "")
    return (method, fields) if method else None


def _as_form_field(value: object) -> str:
    """A JSON answer's field as a form carries it: a string as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
