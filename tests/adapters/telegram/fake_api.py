"""A fake Telegram Bot API server for tests and the benchmark: an aiohttp app on loopback.

aiogram talks to it as to Telegram (`TelegramAPIServer.from_base(server.base_url)`): it posts form data
to `/bot{token}/{method}`. The server queues updates for `getUpdates` (honouring `offset`, with a short
long-poll wait), records every call, keeps each chat's messages (so a test reads a card's final text),
answers 429 with `retry_after` when a group gets more than `group_limit` sends and edits in a rolling
`window` (or when a test asks for one), 403 when the bot writes first to a user who never started it, and
400 "message is not modified" for an edit that changes nothing, and 400 QUERY_ID_INVALID for a second
answer to the same callback query, as Telegram does. A chat in
`undeliverable` gets, for every send, the error Telegram gives for it (`(400, "Bad Request: chat not
found")`, `(400, "Bad Request: PEER_ID_INVALID")`, `(403, "Forbidden: user is deactivated")`, ...).
A basic group in `migrated` (old id -> new id) was upgraded to a supergroup: every call naming its old
id as `chat_id` (a send, an edit, `setMessageReaction`, `getChatMember`: each method of the list with a
`chat_id` field, `bot_api_contract.chat_addressed`) gets Telegram's 400 "Bad Request: group chat was
upgraded to a supergroup chat" with `parameters.migrate_to_chat_id` (ResponseParameters), the new id.

A photo comes from a member (`photo_message`: a photo with a caption, in sizes, as Telegram delivers
it); the bot may send it again by its file_id (`sendPhoto`; an id the fake never issued is refused, as
Telegram refuses one it does not know), and the photo's caption is what `editMessageCaption` edits:
`editMessageText` on a photo is refused ("there is no text in the message to edit"), and so is
`editMessageCaption` on a text message.

The bot may react to a message of the chat (`setMessageReaction`): at most one reaction, an emoji
(`{"type": "emoji", "emoji": "👍"}`), else REACTION_INVALID / REACTIONS_TOO_MANY; an empty list takes its
reaction off. A chat in `no_reactions` (reactions turned off there) refuses every reaction, and a
message the chat never had is MESSAGE_ID_INVALID. What the bot's reaction on each message is now:
`reactions`.

A file comes as aiogram uploads it, multipart: the field says `attach://<part>` and the part holds the
bytes; the fake resolves it (a reference to no part, or a part no field names, is refused) and keeps
the file with the message (`ChatMessage.document`), so a test opens what the bot sent.

Before answering, it checks each call against the official method list (Bot API 10.1, see
`bot_api_contract`) and refuses, as Telegram would, an unknown method (404), a missing required field, an
unknown field, a value of the wrong type, a text or callback data over its limit (400). Every call is
recorded with its status; `refused()` lists the 400s and 404s, which a test of the bot expects none of.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.adapters.telegram import bot_api_contract as contract
from tests.adapters.telegram.fake_webhook import WebhookPusher

TOKEN = "123456:TEST-token_for-the-fake-server"
BOT_ID = 123456
BOT_USERNAME = "tuan_test_bot"
LONG_POLL_CAP_SECONDS = 0.5
SENDS = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "sendInvoice",
        "editMessageReplyMarkup",
        "sendDocument",
        "sendPhoto",
        "editMessageCaption",
    }
)
PHOTO_SIZES = ((90, 67), (320, 240), (1280, 960))  # Telegram's sizes of one photo, smallest first
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # what a bot may upload
ATTACH = "attach://"
REFUSED = frozenset({400, 404})  # what the real API answers a call it will not carry out

Json = dict[str, Any]


@dataclass
class Call:
    """One request the bot made: the method, its parameters (JSON-typed fields decoded), and when; once
    answered, the status and (for an error) Telegram's description. `carried`: it came in the answer to
    a webhook POST, not as a request of its own."""

    method: str
    params: Json
    at: float
    status: int = 200
    description: str = ""
    carried: bool = False

    def __str__(self) -> str:
        return f"{self.method} {self.params!r} -> {self.status} {self.description}".rstrip()


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded (multipart): its name, type and bytes."""

    filename: str
    content_type: str
    content: bytes


@dataclass
class ChatMessage:
    message_id: int
    text: str  # a document's or a photo's caption
    reply_markup: Json | None
    edits: int = 0
    document: Upload | None = None
    photo: str | None = None  # the file_id of the photo it shows (its caption is `text`)


@dataclass
class User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None

    def json(self) -> Json:
        data: Json = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass
class FakeBotAPI:
    """State and handlers of the fake server; `start()` serves it on a free loopback port."""

    token: str = TOKEN
    group_limit: int = 20
    window: float = 60.0
    admins: set[tuple[int, int]] = field(default_factory=set)  # (chat id, user id)
    started: set[int] = field(default_factory=set)  # users who opened a private chat with the bot
    held: set[int] = field(default_factory=set)  # chats whose sends get 429 (retry in 30 s) for now
    no_reactions: set[int] = field(default_factory=set)  # chats with reactions turned off
    # chats every send to which Telegram refuses for good: (status, description) as Telegram answers
    undeliverable: dict[int, tuple[int, str]] = field(default_factory=dict)
    migrated: dict[int, int] = field(default_factory=dict)  # basic group -> the supergroup it became
    calls: list[Call] = field(default_factory=list)
    messages: dict[int, dict[int, ChatMessage]] = field(default_factory=lambda: defaultdict(dict))
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._updates: list[tuple[bool, Json]] = []  # (a redelivery, ignoring offset; the update)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._callback_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._recent: dict[int, deque[float]] = defaultdict(deque)
        self._forced: dict[str, deque[int]] = defaultdict(deque)
        self._changed = asyncio.Condition()
        self.too_many_requests = 0
        self.users: dict[int, Json] = {}  # everyone who appeared in an update, for getChatMember
        self.photos: set[str] = set()  # file_ids of the photos members sent: the bot may send them again
        self._photo_ids = itertools.count(1)
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.webhook: WebhookPusher | None = None  # after setWebhook: updates are POSTed to the bot
        self.webhook_sets = 0
        self.webhook_updates: list[str] | None = None  # the allowed_updates of the last setWebhook
        self.said: dict[int, set[int]] = defaultdict(set)  # the message ids of members' messages, by chat
        self.authors: dict[tuple[int, int], str] = {}  # (chat, message id) -> its member's first name
        self.reactions: dict[tuple[int, int], list[str]] = {}  # (chat, message id) -> the bot's emoji
        self.outage: int | None = None  # a status (502) every call gets for now, with no Bot API answer
        self.calls_in_outage = 0
        self.answered_queries: set[str] = set()  # the callback queries answered (a second answer is refused)

    # -- serving -------------------------------------------------------------------------------------
    def app(self) -> web.Application:
        application = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        application.router.add_post("/bot{token}/{method}", self._handle)
        return application

    async def start(self) -> FakeBotAPI:
        self.runner = web.AppRunner(self.app(), access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self.webhook is not None:
            await self.webhook.close()
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- what tests do ---------------------------------------------------------------------------------
    def push(self, update: Json) -> Json:
        """Queue an update (one with an `update_id` already keeps it: that is a redelivery)."""
        update = dict(update)
        redelivery = "update_id" in update
        update.setdefault("update_id", next(self._update_ids))
        if self.webhook is not None:
            self.webhook.push(update)
            return update
        self._updates.append((redelivery, update))
        self._new_update.set()
        return update

    def message(
        self,
        chat_id: int,
        user: User,
        text: str,
        *,
        chat_type: str | None = None,
        title: str = "Neighbours",
        **extra: Any,
    ) -> Json:
        """A `message` update: `user` says `text` in `chat_id` (negative: a group, called `title`)."""
        kind = chat_type or ("private" if chat_id > 0 else "supergroup")
        self.users[user.id] = user.json()
        chat: Json = {"id": chat_id, "type": kind}
        if kind != "private":
            chat["title"] = title
        else:
            chat["first_name"] = user.first_name
        message: Json = {
            "message_id": next(self._message_ids[chat_id]),
            "date": int(time.time()),
            "chat": chat,
            "from": user.json(),
            "text": text,
            **extra,
        }
        self.said[chat_id].add(int(message["message_id"]))
        self.authors[(chat_id, int(message["message_id"]))] = user.first_name
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"message": message}

    def chat_member(
        self, chat_id: int, user: Json, old: str, new: str, *, by: User, title: str = "Neighbours"
    ) -> Json:
        """A `chat_member` update (sent to an admin bot that asked for them): `user`'s status in the
        group went from `old` to `new` (`member`, `left`, `kicked`), changed by `by`."""

        def status(name: str) -> Json:
            found: Json = {"status": name, "user": user}
            if name == "kicked":
                found["until_date"] = 0
            return found

        changed: Json = {
            "chat": {"id": chat_id, "type": "supergroup", "title": title},
            "from": by.json(),
            "date": int(time.time()),
            "old_chat_member": status(old),
            "new_chat_member": status(new),
        }
        return {"chat_member": changed}

    def photo_message(self, chat_id: int, user: User, caption: str = "", **extra: Any) -> Json:
        """A `message` update: `user` sends a photo (in three sizes, each with its own file_id) with
        `caption` (none: ""); a caption starting with a command carries its `bot_command` entity."""
        update = self.message(chat_id, user, "", **extra)
        message = update["message"]
        del message["text"]
        message.pop("entities", None)
        n = next(self._photo_ids)
        message["photo"] = [
            {
                "file_id": f"photo-{n}-{width}",
                "file_unique_id": f"p{n}w{width}",
                "width": width,
                "height": height,
                "file_size": width * height // 10,
            }
            for width, height in PHOTO_SIZES
        ]
        self.photos.update(size["file_id"] for size in message["photo"])
        if caption:
            message["caption"] = caption
            if caption.startswith("/"):
                command = caption.split()[0]
                message["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return update

    def tap(self, chat_id: int, user: User, message_id: int, data: str) -> Json:
        """A `callback_query` update: `user` taps a button carrying `data` on a bot message."""
        shown = self.messages[chat_id].get(message_id)
        kind = "private" if chat_id > 0 else "supergroup"
        self.users[user.id] = user.json()
        return {
            "callback_query": {
                "id": f"cbq{next(self._callback_ids)}",
                "from": user.json(),
                "chat_instance": f"ci{chat_id}",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": kind, "title": "Neighbours"},
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Tuan"},
                    "text": shown.text if shown else "",
                },
            }
        }

    def reaction(self, chat_id: int, user: User, message_id: int, old: list[str], new: list[str]) -> Json:
        """A `message_reaction` update: `user` changes their reactions on a message from `old` emoji to
        `new` (Telegram sends it to a bot that is an admin of the group and asked for it)."""
        self.users[user.id] = user.json()
        return {
            "message_reaction": {
                "chat": {"id": chat_id, "type": "supergroup", "title": "Neighbours"},
                "message_id": message_id,
                "user": user.json(),
                "date": int(time.time()),
                "old_reaction": [{"type": "emoji", "emoji": emoji} for emoji in old],
                "new_reaction": [{"type": "emoji", "emoji": emoji} for emoji in new],
            }
        }

    def pre_checkout(self, user: User, *, payload: str, currency: str, total_amount: int) -> Json:
        return {
            "pre_checkout_query": {
                "id": f"pcq{next(self._callback_ids)}",
                "from": user.json(),
                "currency": currency,
                "total_amount": total_amount,
                "invoice_payload": payload,
            }
        }

    def paid(self, user: User, *, payload: str, currency: str, total_amount: int, charge_id: str) -> Json:
        """A `successful_payment` message in the buyer's private chat."""
        update = self.message(user.id, user, "")
        del update["message"]["text"]
        update["message"]["successful_payment"] = {
            "currency": currency,
            "total_amount": total_amount,
            "invoice_payload": payload,
            "telegram_payment_charge_id": charge_id,
            "provider_payment_charge_id": f"provider-{charge_id}",
        }
        return update

    def force_retry_after(self, method: str, seconds: int, times: int = 1) -> None:
        """The next `times` calls of `method` get a 429 with `retry_after=seconds`."""
        self._forced[method].extend([seconds] * times)

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        """Calls that succeeded, of `method` and to `chat_id` if given."""
        return [
            c
            for c in self.calls
            if c.status == 200
            and (method is None or c.method == method)
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def refused(self) -> list[Call]:
        """Calls answered 400 or 404: ones the real Bot API would refuse too. The 403 to a user who never
        started the bot, a send to an `undeliverable` chat, any call to a `migrated` one and the 429s are the
        fake playing Telegram's part on purpose, not refusals here."""
        return [
            c
            for c in self.calls
            if c.status in REFUSED
            and not (c.method in SENDS and _chat_of(c) in self.undeliverable)
            and not (contract.chat_addressed(c.method) and _chat_of(c) in self.migrated)
        ]

    def assert_nothing_refused(self) -> None:
        """Fail with each refused call (method, parameters, Telegram's description) if there was one."""
        refused = self.refused()
        assert not refused, f"the bot made {len(refused)} call(s) that {contract.version()} " + (
            "refuses:\n" + "\n".join(f"  {call}" for call in refused)
        )

    def join_card(self, chat_id: int) -> tuple[int, str] | None:
        """(message id, the Join button's callback data) of the first card in the chat, once posted."""
        for message in self.messages[chat_id].values():
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if str(button.get("callback_data", "")).startswith("gb:join:"):
                        return message.message_id, str(button["callback_data"])
        return None

    def acknowledged(self, chat_id: int, emoji: str = "👌") -> list[str]:
        """The first names of the members whose messages in the chat got the bot's `emoji` (a typed
        join's 👌), in the order the bot set them, once per time it did."""
        return [
            self.authors[(chat_id, int(call.params["message_id"]))]
            for call in self.sent("setMessageReaction", chat_id)
            if [kind.get("emoji") for kind in call.params.get("reaction") or []] == [emoji]
        ]

    def texts(self, chat_id: int) -> list[str]:
        return [m.text for m in self.messages[chat_id].values()]

    async def wait_for(self, check: Callable[[], Any], within: float = 60.0) -> Any:
        """Until `check()` returns something truthy (each time the bot calls the server); that value."""
        async with asyncio.timeout(within):
            while True:
                value = check()
                if value:
                    return value
                async with self._changed:
                    with _suppress_timeout():
                        await asyncio.wait_for(self._changed.wait(), 0.2)

    # -- the Bot API -----------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if self.outage is not None:  # a proxy in front of a Bot API that is down: its own error page
            self.calls_in_outage += 1
            return web.Response(status=self.outage, text="<html>Bad Gateway</html>", content_type="text/html")
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        raw, unresolved = _with_uploads(await request.post())
        return await self._call(request.match_info["method"], raw, unresolved)

    async def _answered_in_webhook(self, name: str, raw: dict[str, str]) -> None:
        """A call carried in the webhook's answer: made as any other (`calls`), its result lost."""
        await self._call(name, dict(raw), None, carried=True)

    async def _call(
        self, name: str, raw: Json, unresolved: contract.Refusal | None, *, carried: bool = False
    ) -> web.Response:
        method = contract.official_name(name) or name
        refusal = unresolved or contract.check(method, raw)
        call = Call(method, contract.decode(method, raw), self.clock(), carried=carried)
        self.calls.append(call)
        try:
            if refusal is not None:
                response = _error(refusal.status, refusal.description)
            else:
                response = await self._answer(method, call.params, call)
        finally:
            async with self._changed:
                self._changed.notify_all()
        call.status = response.status
        if response.status != 200 and response.text:
            call.description = str(json.loads(response.text).get("description", ""))
        return response

    async def _answer(self, method: str, params: Json, call: Call) -> web.Response:
        forced = self._forced.get(method)
        if forced:
            return self._retry_after(forced.popleft())
        if method == "getUpdates":
            if self.webhook is not None:
                return _error(409, "Conflict: can't use getUpdates method while webhook is active")
            return _ok(await self._get_updates(params))
        if method == "setWebhook":
            return await self._set_webhook(params)
        if method == "getWebhookInfo":  # what Telegram knows: the URL (never the secret), the update types
            return _ok(self._webhook_info())
        if method == "deleteWebhook" and self.webhook is not None:
            await self.webhook.close()
            self.webhook = None
        if method == "getMe":
            return _ok({"id": BOT_ID, "is_bot": True, "first_name": "Tuan", "username": BOT_USERNAME})
        if method == "answerCallbackQuery":  # once: Telegram refuses a second answer to the same tap
            query_id = str(params["callback_query_id"])
            if query_id in self.answered_queries:
                return _error(400, QUERY_ID_INVALID)
            self.answered_queries.add(query_id)
            return _ok(True)
        if method in ("deleteWebhook", "setWebhook", "answerPreCheckoutQuery"):
            return _ok(True)
        if method in ("refundStarPayment", "setMyCommands", "close", "logOut"):
            return _ok(True)
        chat_id = _chat_of(call) or 0
        if chat_id in self.migrated and contract.chat_addressed(method):  # the old id of a supergroup
            return _migrated(self.migrated[chat_id])
        if method == "getChatMember":
            return _ok(self._member(chat_id, int(params["user_id"])))
        if method in SENDS:
            if chat_id in self.held:
                return self._retry_after(HELD_RETRY_AFTER)
            if chat_id in self.undeliverable:
                return _error(*self.undeliverable[chat_id])
            if chat_id > 0 and chat_id not in self.started:
                return _error(403, "Forbidden: bot can't initiate conversation with a user")
            wait = self._rate_limited(chat_id, call.at)
            if wait is not None:
                return self._retry_after(wait)
        if method in ("sendMessage", "sendInvoice", "sendDocument"):
            return _ok(self._send(chat_id, params))
        if method == "sendPhoto":
            return self._send_photo(chat_id, params)
        if method in ("editMessageText", "editMessageCaption"):
            caption = method == "editMessageCaption"
            return self._edit(chat_id, int(params["message_id"]), params, caption=caption)
        if method == "setMessageReaction":
            return self._react(chat_id, int(params["message_id"]), params.get("reaction"))
        return _error(404, f"Not Found: method {method} is not faked")

    def _react(self, chat_id: int, message_id: int, reaction: Any) -> web.Response:
        """The bot's reaction on a message of the chat, as Telegram takes it: a bot sets one at most, each
        an emoji type with its emoji; none (absent or []) takes its reaction off."""
        if message_id not in self.said[chat_id] and message_id not in self.messages[chat_id]:
            return _error(400, "Bad Request: MESSAGE_ID_INVALID")
        kinds = [] if reaction is None else reaction
        if not isinstance(kinds, list) or not all(_is_emoji(kind) for kind in kinds):
            return _error(400, "Bad Request: REACTION_INVALID")
        if len(kinds) > 1:
            return _error(400, "Bad Request: REACTIONS_TOO_MANY")
        if kinds and chat_id in self.no_reactions:
            return _error(400, "Bad Request: REACTION_INVALID")
        self.reactions[(chat_id, message_id)] = [str(kind["emoji"]) for kind in kinds]
        return _ok(True)

    def _webhook_info(self) -> Json:
        if self.webhook is None:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        info: Json = {"url": self.webhook.url, "has_custom_certificate": False, "pending_update_count": 0}
        if self.webhook_updates is not None:
            info["allowed_updates"] = self.webhook_updates
        return info

    async def _set_webhook(self, params: Json) -> web.Response:
        """From now on, updates are POSTed to the URL (those queued for getUpdates first, in order)."""
        self.webhook_sets += 1
        allowed = params.get("allowed_updates")
        if isinstance(allowed, str):  # a form field: JSON
            allowed = json.loads(allowed)
        self.webhook_updates = list(allowed) if isinstance(allowed, list) else None
        if self.webhook is not None:
            await self.webhook.close()
        self.webhook = WebhookPusher(
            str(params["url"]), str(params.get("secret_token") or ""), answered=self._answered_in_webhook
        )
        queued, self._updates = self._updates, []
        for _, update in queued:
            self.webhook.push(update)
        return _ok(True)

    async def _get_updates(self, params: Json) -> list[Json]:
        offset = int(params.get("offset") or 0)
        if offset:  # confirmed; a redelivery (Telegram's retry after a crash) comes regardless
            self._updates = [(again, u) for again, u in self._updates if again or u["update_id"] >= offset]
        if not self._updates:
            self._new_update.clear()
            wait = min(float(params.get("timeout") or 0), LONG_POLL_CAP_SECONDS)
            with _suppress_timeout():
                await asyncio.wait_for(self._new_update.wait(), wait)
        limit = int(params.get("limit") or 100)
        batch = self._updates[:limit]
        # as Telegram: what it returned stays until a later offset confirms it (a redelivery pushed
        # below the offset comes once)
        self._updates = [(False, update) for _, update in batch] + self._updates[limit:]
        return [update for _, update in batch]

    def _member(self, chat_id: int, user_id: int) -> Json:
        """An admin is the group's creator here (its JSON is short and the same in every API version)."""
        user = self.users.get(user_id, {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"})
        if (chat_id, user_id) in self.admins:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    def _rate_limited(self, chat_id: int, now: float) -> int | None:
        """Seconds to wait when a group is over its limit in the rolling window; None to go ahead."""
        if chat_id > 0:
            return None
        recent = self._recent[chat_id]
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        if len(recent) >= self.group_limit:
            return max(1, math.ceil(recent[0] + self.window - now))
        recent.append(now)
        return None

    def _retry_after(self, seconds: int) -> web.Response:
        self.too_many_requests += 1
        return web.json_response(
            {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {seconds}",
                "parameters": {"retry_after": seconds},
            },
            status=429,
        )

    def _send(self, chat_id: int, params: Json) -> Json:
        message_id = next(self._message_ids[chat_id])
        text = str(params.get("text") or params.get("title") or params.get("caption") or "")
        markup = params.get("reply_markup")
        upload = params.get("document")
        document = upload if isinstance(upload, Upload) else None
        self.messages[chat_id][message_id] = ChatMessage(message_id, text, markup, document=document)
        return self._message_json(chat_id, message_id)

    def _send_photo(self, chat_id: int, params: Json) -> web.Response:
        """A photo by the file_id of one a member sent (an upload would be new: the fake takes those
        too); an id it never issued is refused, as Telegram refuses an id it does not know."""
        photo = params["photo"]
        if isinstance(photo, Upload):
            file_id = f"photo-upload-{next(self._photo_ids)}"
            self.photos.add(file_id)
        elif photo in self.photos:
            file_id = str(photo)
        else:
            return _error(400, "Bad Request: wrong file identifier/HTTP URL specified")
        message_id = next(self._message_ids[chat_id])
        caption = str(params.get("caption") or "")
        markup = params.get("reply_markup")
        self.messages[chat_id][message_id] = ChatMessage(message_id, caption, markup, photo=file_id)
        return _ok(self._message_json(chat_id, message_id))

    def documents(self, chat_id: int) -> list[Upload]:
        """The files the bot sent to a chat, in order."""
        return [m.document for m in self.messages[chat_id].values() if m.document is not None]

    def _edit(self, chat_id: int, message_id: int, params: Json, *, caption: bool = False) -> web.Response:
        """`editMessageText`, or with `caption` `editMessageCaption`: a photo's caption, never its text."""
        shown = self.messages[chat_id].get(message_id)
        if shown is None:
            return _error(400, "Bad Request: message to edit not found")
        media = shown.photo is not None or shown.document is not None
        if not caption and media:
            return _error(400, "Bad Request: there is no text in the message to edit")
        if caption and not media:
            return _error(400, "Bad Request: there is no caption in the message to edit")
        markup = params.get("reply_markup")
        text = str(params.get("caption" if caption else "text", "") or "")
        if shown.text == text and shown.reply_markup == markup:
            return _error(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        shown.text, shown.reply_markup, shown.edits = text, markup, shown.edits + 1
        return _ok(self._message_json(chat_id, message_id))

    def _message_json(self, chat_id: int, message_id: int) -> Json:
        shown = self.messages[chat_id][message_id]
        kind = "private" if chat_id > 0 else "supergroup"
        message: Json = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": kind},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Tuan", "username": BOT_USERNAME},
        }
        if shown.photo is not None:
            message["photo"] = [
                {"file_id": shown.photo, "file_unique_id": f"u{shown.photo}", "width": w, "height": h}
                for w, h in PHOTO_SIZES
            ]
            if shown.text:
                message["caption"] = shown.text
        elif shown.document is None:
            message["text"] = shown.text
        else:
            message["document"] = {
                "file_id": f"doc-{chat_id}-{message_id}",
                "file_unique_id": f"u{chat_id}{message_id}",
                "file_name": shown.document.filename,
                "mime_type": shown.document.content_type,
                "file_size": len(shown.document.content),
            }
            if shown.text:
                message["caption"] = shown.text
        if shown.reply_markup:
            message["reply_markup"] = shown.reply_markup
        return message


HELD_RETRY_AFTER = 30
QUERY_ID_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"


def _with_uploads(form: Any) -> tuple[Json, contract.Refusal | None]:
    """The call's fields with each `attach://<part>` replaced by the file uploaded in that part (a file
    sent as the field itself is taken too); a reference to no part, or a part nothing refers to, is
    what Telegram refuses."""
    fields: Json = {}
    parts: dict[str, Upload] = {}
    for name, value in form.items():
        if isinstance(value, web.FileField):
            upload = Upload(value.filename, value.content_type, value.file.read())
            parts[name] = upload
        else:
            fields[name] = value
    for name, value in list(fields.items()):
        if isinstance(value, str) and value.startswith(ATTACH):
            part = parts.pop(value.removeprefix(ATTACH), None)
            if part is None:
                missing = f"Bad Request: file {value} is not among the uploaded parts"
                return fields, contract.Refusal(400, missing)
            fields[name] = part
    for name in list(parts):
        if name in fields:
            return fields, contract.Refusal(400, f"Bad Request: {name} is sent twice")
        fields[name] = parts.pop(name)  # a file sent as the field itself (or a stray part: `check` refuses)
    return fields, None


def _is_emoji(kind: Any) -> bool:
    """A `ReactionTypeEmoji`: `{"type": "emoji", "emoji": "👍"}` and nothing else."""
    return (
        isinstance(kind, dict)
        and set(kind) == {"type", "emoji"}
        and kind["type"] == "emoji"
        and isinstance(kind["emoji"], str)
        and bool(kind["emoji"])
    )


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _chat_of(call: Call) -> int | None:
    try:
        return int(call.params.get("chat_id", 0))
    except (TypeError, ValueError):
        return None


def _migrated(new_chat_id: int) -> web.Response:
    """Telegram's answer to a send to a basic group upgraded to a supergroup: its new id."""
    return web.json_response(
        {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": new_chat_id},
        },
        status=400,
    )


def _error(status: int, description: str) -> web.Response:
    return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)


class _suppress_timeout:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> bool:
        return kind is TimeoutError
