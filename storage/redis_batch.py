"""Redis commands sent in one turn of the event loop go to Redis together, as one pipeline.

Why: a worker behind the webhook sends Redis ~13 commands per `+1` (the update's claim and its "done",
the chat's turn lock and its release, the chat's language, the member's sighting, the card's copies,
the rate gates). Each is a round trip: a write to Redis's socket, a wake-up of Redis, a read, the
client's pool taken and given back. With many updates in flight, commands from different updates are
issued in the same turn of the event loop; here the first one queued schedules one sender for the next
turn, and everything queued by then goes in one write, its answers read back in order. A command alone
costs one turn of the loop more than before, never a trip more.

Each command keeps its own outcome: an error answered to one (a wrong type, a missing script) is raised
to its caller only; a connection that fails fails every command of its pipeline, as it would have failed
each of them sent alone (the callers' fallbacks, storage.state_fallback, take over). A caller cancelled
while its command is queued or out does not stop the others'.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError

Queued = tuple[tuple[Any, ...], "asyncio.Future[Any]"]


class TurnPipeline:
    """One client's commands, batched per turn of the event loop (`command`, `script`)."""

    def __init__(self, client: Redis) -> None:
        self._client = client
        self._queued: list[Queued] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._senders: set[asyncio.Task[None]] = set()
        self.commands = 0  # sent, for tests and the benchmark
        self.trips = 0

    async def command(self, *args: Any) -> Any:
        """`args` as `Redis.execute_command` takes them (`"GET", key`); the answer as it returns it."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new event loop (tests): nothing queued on the old one is sent
            self._loop, self._queued = loop, []
        future: asyncio.Future[Any] = loop.create_future()
        self._queued.append((args, future))
        if len(self._queued) == 1:
            sender = loop.create_task(self._send())  # runs next turn: the queue fills until then
            self._senders.add(sender)
            sender.add_done_callback(self._senders.discard)
        return await future

    async def script(self, script: AsyncScript, keys: Sequence[Any], args: Sequence[Any]) -> Any:
        """`EVALSHA` in the batch; a Redis that lost its scripts (restarted) gets it loaded and run."""
        try:
            return await self.command("EVALSHA", script.sha, len(keys), *keys, *args)
        except NoScriptError:
            return await script(keys=list(keys), args=list(args))

    async def _send(self) -> None:
        batch, self._queued = self._queued, []
        self.commands += len(batch)
        self.trips += 1
        try:
            if len(batch) == 1:
                try:
                    results: list[Any] = [await self._client.execute_command(*batch[0][0])]  # type: ignore[no-untyped-call]
                except Exception as error:  # the command's own error: its caller's
                    results = [error]
            else:
                pipe = self._client.pipeline(transaction=False)
                for args, _ in batch:
                    pipe.execute_command(*args)
                results = await pipe.execute(raise_on_error=False)
        except BaseException as error:  # the pipeline's connection failed: all of them did
            failure = error if isinstance(error, Exception) else ConnectionError("Redis: cancelled")
            for _, future in batch:
                if not future.done():
                    future.set_exception(failure)
            if not isinstance(error, Exception):
                raise
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller was cancelled
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)
