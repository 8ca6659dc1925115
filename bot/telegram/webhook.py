"""Telegram's webhook, served by one worker or by N that share the database (and Redis).

- Each update is handled in the foreground: Telegram gets its 200 only once the update's change and its
  outbox rows are committed, so a worker that dies mid-update leaves it to Telegram, which sends it again
  (aiogram's default answers first and handles after, and a crash then loses the update).
- The update is claimed once in the database, in the change's own transaction (the ChatApp's processed
  updates), so a redelivery changes nothing. With Redis, `UpdateGate` claims it first with `SET NX`:
  a copy arriving while another worker works on it is answered 503 (Telegram retries later), one that
  was answered already gets 200 at once. The claim is renewed while the update is handled, so the claim
  of a worker that died runs out within seconds and Telegram's next try is handled. Without Redis, or
  with Redis down, the database decides alone.
- An update the ChatApp could not answer at all (`Unanswered`: the database is down, not even its
  apology was kept) is answered 500 by `Redelivered`, so Telegram sends it again; it is never marked done.
  The ChatApp logged it (one line, a traceback once a minute), so aiogram and aiohttp do not log it again.
- Every worker has the same secret: the configured one, or one derived from the token and the URL.
- `setWebhook` is called once: `register` holds the `telegram_webhook` row locked while it asks Telegram
  (`getWebhookInfo`) and calls it, and skips the call when Telegram has this URL and update types and the
  row says this bot gave it this secret, so N workers starting together never race, and a webhook that
  Telegram forgot (deleted, a new token) is set again: at start, and by the 5-minute check
  (`WebhookWatch`) of the worker that takes the row's lock first.
- Workers listen on one port (SO_REUSEPORT): the kernel spreads connections over them.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.bootstrap import CannotStart
from commerce.state import KeyValues
from handlers.app import Unanswered
from storage.adapter_tables import telegram_webhook

if TYPE_CHECKING:
    from aiogram import Bot
    from aiohttp import web

log = logging.getLogger(__name__)

SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ROW = "webhook"
WORKING_SECONDS = (
    10.0  # a claim on an update in hand, renewed while it is handled: a dead worker's frees soon
)
RENEW_SECONDS = 3.0
DONE_SECONDS = 26 * 3600.0  # Telegram gives up on an update after 24 hours
WARN_EVERY_SECONDS = 60.0
WATCH_SECONDS = 300.0  # how often each worker asks Telegram whether the webhook is still its URL


def webhook_secret(configured: str | None, *, token: str, url: str) -> str:
    """The secret Telegram sends with each update: the configured one, else one derived from the token
    and the URL, so every worker (and every restart) has the same without configuring it."""
    if configured is not None and configured.strip():
        secret = configured.strip()
        if not SECRET.match(secret):
            raise CannotStart(
                "TUAN_TELEGRAM_WEBHOOK_SECRET must be 1 to 256 letters, digits, _ or - (Telegram's rule)"
            )
        return secret
    return hashlib.sha256(f"tuan-webhook\0{token}\0{url}".encode()).hexdigest()


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _insert_missing(dialect: str) -> Any:
    row = {"name": ROW, "url": "", "secret_digest": "", "digest": "", "set_at": ""}
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(telegram_webhook).values(row).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(telegram_webhook).values(row).on_conflict_do_nothing()


async def register(
    engine: AsyncEngine,
    bot: Bot,
    *,
    url: str,
    secret: str,
    allowed: Sequence[str],
    force: bool = False,
    mend: bool = False,
) -> bool:
    """Tell Telegram the webhook unless Telegram has it already as this database told it (URL, secret,
    update types, this bot); True if `setWebhook` was called. Telegram is asked (`getWebhookInfo`)
    every time: a webhook deleted since, or a new token on the same database, is set again instead of
    leaving the workers deaf. The row stays locked while Telegram is asked: a second worker waits, then
    finds it done. A worker whose secret is not the one Telegram was given for this URL is refused
    (unless `force`: `tuan telegram set-webhook`), as one of them would answer every update 401; when
    Telegram has no webhook at all, there is nothing to refuse: it is set with this worker's secret.
    `mend` (a running worker's check): only a webhook Telegram forgot is set again, and only while the
    row says this URL was told (long polling forgot it on purpose); nothing else is changed."""
    from aiogram.exceptions import TelegramAPIError

    secret_digest = _digest(url, secret)
    wanted = _digest(str(bot.id), url, secret, *sorted(allowed))
    async with engine.begin() as conn:
        await conn.execute(_insert_missing(conn.dialect.name))
        query = (
            sa.select(telegram_webhook.c.url, telegram_webhook.c.secret_digest, telegram_webhook.c.digest)
            .where(telegram_webhook.c.name == ROW)
            .with_for_update()
        )
        told = (await conn.execute(query)).one()
        try:
            info = await bot.get_webhook_info()
        except TelegramAPIError as exc:
            raise CannotStart(f"cannot ask Telegram for this bot's webhook: {exc.message}") from exc
        telegram_url = info.url or ""
        same_updates = info.allowed_updates is None or sorted(info.allowed_updates) == sorted(allowed)
        if not force and telegram_url == url and told.digest == wanted and same_updates:
            return False
        if mend and (telegram_url or told.url != url):
            return False  # Telegram has a webhook (another worker mended it), or polling took it back
        if (
            not force
            and telegram_url == url
            and told.url == url
            and told.secret_digest not in ("", secret_digest)
        ):
            raise CannotStart(
                f"Telegram sends {url} another secret than this worker's: give every worker the same "
                "TUAN_TELEGRAM_WEBHOOK_SECRET, or run `tuan telegram set-webhook URL` with this one to "
                "replace it"
            )
        if mend:
            log.warning(
                "Telegram has no webhook for this bot any more (seen by this worker's 5-minute check): "
                "telling it %s again",
                url,
            )
        elif not telegram_url and told.digest:
            log.warning(
                "Telegram has no webhook for this bot (deleted since, or a new token): telling it %s again",
                url,
            )
        elif telegram_url and telegram_url != url:
            log.warning("Telegram sent this bot's updates to %s: from now on to %s", telegram_url, url)
        try:
            await bot.set_webhook(url=url, secret_token=secret, allowed_updates=list(allowed))
        except TelegramAPIError as exc:
            raise CannotStart(f"Telegram refused the webhook {url}: {exc.message}") from exc
        await conn.execute(
            sa.update(telegram_webhook)
            .where(telegram_webhook.c.name == ROW)
            .values(
                url=url,
                secret_digest=secret_digest,
                digest=wanted,
                set_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            )
        )
    return True


@dataclass
class WebhookWatch:
    """Asks Telegram every `every` seconds (`getWebhookInfo`, one call per worker: never per health
    check) whether it still sends this bot's updates to `url`; `status` is what `/healthz` reports:
    "ok", "not set" (deleted since) or "elsewhere" (another URL). A change is logged once. A webhook
    Telegram forgot is set again through `mend` (`register(..., mend=True)`: the worker that takes the
    row's lock first calls `setWebhook`, once, and says why in one line; the others find it done), so
    the workers recover without an operator; one moved to another URL is left alone, so workers never
    fight an operator who moved it on purpose."""

    bot: Bot
    url: str
    every: float = WATCH_SECONDS
    status: str = "ok"
    mend: Callable[[], Awaitable[bool]] | None = None

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            await self.check()

    async def _mended(self) -> str:
        """Set the webhook Telegram forgot (`mend`): "ok" once Telegram has it again (set here or by
        another worker meanwhile), else "not set" (polling took it back, or Telegram refused it)."""
        assert self.mend is not None
        try:
            if await self.mend():
                return "ok"
            info = await self.bot.get_webhook_info()
        except Exception as exc:  # the database or Telegram: the "not set" line says what to do
            log.warning("could not set the webhook again: %s", getattr(exc, "message", None) or exc)
            return "not set"
        return "ok" if (info.url or "") == self.url else "elsewhere" if info.url else "not set"

    async def check(self) -> None:
        try:
            info = await self.bot.get_webhook_info()
        except Exception:  # Telegram not answering says nothing about the webhook (the outbox says it)
            return
        told = info.url or ""
        status = "ok" if told == self.url else "elsewhere" if told else "not set"
        if status == "not set" and self.mend is not None:
            status = await self._mended()
        if status == self.status:
            return
        self.status = status
        if status == "ok":
            log.warning("Telegram sends this bot's updates to %s again", self.url)
        elif status == "not set":
            log.warning(
                "Telegram has no webhook for this bot any more: no update reaches %s; restart the workers "
                "or run `tuan telegram set-webhook %s`",
                self.url,
                self.url,
            )
        else:
            log.warning(
                "Telegram sends this bot's updates to %s, not to %s: restart the workers or run "
                "`tuan telegram set-webhook %s` to take them back",
                told,
                self.url,
                self.url,
            )


async def forget(engine: AsyncEngine) -> None:
    """The webhook was deleted (long polling): the next webhook start must tell Telegram again."""
    async with engine.begin() as conn:
        await conn.execute(sa.delete(telegram_webhook).where(telegram_webhook.c.name == ROW))


Handler = Callable[["web.Request"], Awaitable["web.StreamResponse"]]


@dataclass
class SecretCheck:
    """Refuses (401) a POST to the webhook without Telegram's secret header, and says so in the log (at
    most once a minute): a worker started with another secret than the one Telegram was given answers
    every update 401, and without this line nothing would say why the bot went silent."""

    secret: str
    path: str
    refused: int = 0
    _warned_at: float = -WARN_EVERY_SECONDS

    async def __call__(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        from aiohttp import web

        if request.method != "POST" or request.path != self.path:
            return await handler(request)
        if secrets.compare_digest(request.headers.get(SECRET_HEADER, ""), self.secret):
            return await handler(request)
        self.refused += 1
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning(
                "refused %d update(s) without this worker's webhook secret: if Telegram was given another "
                "(`tuan telegram set-webhook` in a shell with another TUAN_TELEGRAM_WEBHOOK_SECRET, or a "
                "worker configured differently), give every worker the same one",
                self.refused,
            )
        return web.Response(status=401, text="Unauthorized")


class _NotUnanswered(logging.Filter):
    """Drops aiogram's record of an `Unanswered` update: the ChatApp logged it already, in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], Unanswered))


_NOT_UNANSWERED = _NotUnanswered()


@dataclass
class Redelivered:
    """Answers 500 (Telegram delivers it again) an update the ChatApp could not answer (`Unanswered`),
    without aiohttp's or aiogram's tracebacks: it is the innermost middleware, so `UpdateGate` sees the
    500 and never marks the update done."""

    path: str

    def __post_init__(self) -> None:
        event_log = logging.getLogger("aiogram.event")
        if _NOT_UNANSWERED not in event_log.filters:
            event_log.addFilter(_NOT_UNANSWERED)

    async def __call__(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        from aiohttp import web

        if request.method != "POST" or request.path != self.path:
            return await handler(request)
        try:
            return await handler(request)
        except Unanswered:
            return web.Response(status=500, text="this update could not be handled: send it again later")


@dataclass
class UpdateGate:
    """With Redis in front of the database's claim: one worker handles an update at a time, and a copy
    of one answered already is answered 200 without handling it again. Redis down: it steps aside.
    Keys carry the bot's id: update ids count per bot, so two bots sharing one Redis (or one bot's new
    token) never take each other's updates for done."""

    values: KeyValues
    path: str
    bot_id: int
    owner: str = ""
    _warned_at: float = -WARN_EVERY_SECONDS

    def __post_init__(self) -> None:
        self.owner = self.owner or secrets.token_hex(6)

    async def __call__(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        from aiohttp import web

        if request.method != "POST" or request.path != self.path:
            return await handler(request)
        key = await self._key(request)  # after SecretCheck: only Telegram's updates reach here
        if key is None:
            return await handler(request)
        taken = await self._take(key)
        if taken is False:
            done = await self._guarded(self.values.get(key))
            if isinstance(done, dict) and done.get("done"):
                return web.json_response({})
            return web.Response(status=503, text="this update is being handled by another worker")
        renewing = asyncio.create_task(self._renew(key)) if taken else None
        try:
            response = await handler(request)
        except BaseException:
            await self._guarded(self.values.delete(key))
            raise
        finally:
            if renewing is not None:
                renewing.cancel()
        if response.status == 200:
            await self._guarded(self.values.set(key, {"done": True}, ttl=DONE_SECONDS))
        else:
            await self._guarded(self.values.delete(key))
        return response

    async def _renew(self, key: str) -> None:
        """Keep the claim while the update is handled (a slow close), so only a dead worker's runs out."""
        while True:
            await asyncio.sleep(RENEW_SECONDS)
            await self._guarded(self.values.set(key, {"by": self.owner}, ttl=WORKING_SECONDS))

    async def _key(self, request: web.Request) -> str | None:
        try:
            update = await request.json()  # aiohttp keeps the body: the handler reads it again
        except ValueError:
            return None
        update_id = update.get("update_id") if isinstance(update, dict) else None
        return f"telegram:{self.bot_id}:update:{update_id}" if isinstance(update_id, int) else None

    async def _take(self, key: str) -> bool | None:
        """True: ours now; False: another worker has it or had it; None: Redis cannot say."""
        claim = self.values.set_if_absent(key, {"by": self.owner}, ttl=WORKING_SECONDS)
        taken = await self._guarded(claim)
        return taken if isinstance(taken, bool) else None

    async def _guarded(self, call: Awaitable[Any]) -> Any:
        try:
            return await call
        except Exception as exc:  # Redis down: the database's claim decides alone until it is back
            now = time.monotonic()
            if now - self._warned_at >= WARN_EVERY_SECONDS:
                self._warned_at = now
                log.warning(
                    "the shared state cannot be reached (%s): updates are claimed in the database",
                    exc,
                )
            return None


def request_handler(dispatcher: Any, bot: Bot, *, secret: str) -> Any:
    """aiogram's webhook handler (each update in the foreground) whose answer carries the handler's Bot
    API call (a tap's `answerCallbackQuery`) as JSON, which Telegram takes as well as a form: aiogram
    writes a multipart form, and writing it cost a busy worker more than the rest of the answer. A call
    that uploads a file is still answered as a form."""
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler
    from aiohttp.payload import JsonPayload

    class JsonAnswers(SimpleRequestHandler):
        async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
            """An update aiogram cannot read is answered 200 (Telegram would send it again forever) and
            logged with its update_id; the others are handled as aiogram does."""
            from aiogram.types import Update
            from aiohttp import web
            from pydantic import ValidationError

            from bot.telegram.polling import unreadable

            raw = await request.json(loads=bot.session.json_loads)
            try:
                update = Update.model_validate(raw, context={"bot": bot})
            except ValidationError as exc:
                log.error(
                    "update %s cannot be read (%s); answered and skipped",
                    raw.get("update_id") if isinstance(raw, dict) else None,
                    unreadable(exc),
                )
                return web.Response(body=b"")
            result: Any = await self.dispatcher.feed_webhook_update(bot, update, **self.data)
            return web.Response(body=self._build_response_writer(bot=bot, result=result))

        def _build_response_writer(self, bot: Bot, result: Any) -> Any:
            if not result:
                return super()._build_response_writer(bot, result)
            files: dict[str, Any] = {}
            fields = bot.session.prepare_value(
                result.model_dump(warnings=False), bot=bot, files=files, _dumps_json=False
            )
            if files or not isinstance(fields, dict):
                return super()._build_response_writer(bot, result)
            return JsonPayload({"method": result.__api_method__, **fields}, dumps=bot.session.json_dumps)

    return JsonAnswers(dispatcher=dispatcher, bot=bot, secret_token=secret, handle_in_background=False)
