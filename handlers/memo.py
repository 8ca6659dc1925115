"""Small memories that keep `+1` to the queries it needs: which language a chat speaks.

Only languages are remembered, never anything a decision depends on (stock, status, limits are always
read in the unit of work). The language of the group buy last seen in a chat serves as a guess for
answering a refusal in a chat without a setting; it stays in the process.

A chat's `/lang` setting: in one process (the embedded default: no Redis) it is kept in this process's
memory for `ttl`, and `/lang` updates that memory after its commit, so it is never stale there. With
several workers (`values`: the shared state, Redis) a `/lang` committed on one worker must be heard by
every other at once, so the setting is kept in the shared state instead: a lookup reads it there (one
Redis GET, cheaper than the database's query it saves), a miss reads the database and stores what it
read only if nothing is stored yet (`set_if_absent`), and `/lang` stores the new setting over it after
its commit. So a reader that read the database before the commit never puts the old setting back over
the new one. `SHARED_TTL` bounds what a lost write (Redis down just then) can leave stale; a shared
state that cannot be read costs the database's query, never the answer.

One update's handling asks for the chat's setting twice (the answer's language, then its card's): the
second ask is answered with what the first read (`one_update`), so a `+1` costs one read of it.

Several workers on one database without a shared state (PostgreSQL, no Redis: `always_read`): no worker
hears another's `/lang`, so none trusts its memory for it; each reads the setting in the unit of work
that needs it (one query by primary key, in the transaction it already holds: no cheaper than the
shared state's read would be, and never stale).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from commerce.state import KeyValues

log = logging.getLogger(__name__)

MAX_ENTRIES = 10_000
SHARED_TTL = 3600.0  # seconds a chat's setting stays in the shared state once read or set


class LanguageMemo:
    def __init__(
        self,
        *,
        ttl: float = 60.0,
        monotonic: Callable[[], float] = time.monotonic,
        values: KeyValues | None = None,
        always_read: bool = False,
    ) -> None:
        self.ttl = ttl
        self.values = values
        self.always_read = always_read and values is None
        self._monotonic = monotonic
        self._settings: dict[str, tuple[float, str | None]] = {}
        self._group_buys: dict[str, str] = {}
        # with `values`: what the shared state said, by chat, within the update that read it (`one_update`)
        self._read_by: dict[str, tuple[object, str | None]] = {}

    def setting(self, chat_id: str) -> tuple[bool, str | None]:
        """(known, the chat's `/lang` setting or None) as this process last read or wrote it; not known
        once `ttl` has passed. With `values` only a guess (an update that failed is answered in it):
        `recall` is what every worker agrees on."""
        found = self._settings.get(chat_id)
        if found is None or self._monotonic() - found[0] > self.ttl:
            return False, None
        return True, found[1]

    async def recall(self, chat_id: str) -> tuple[bool, str | None]:
        """(known, the chat's setting or None): this process's memory, or with `values` the shared
        state's (what any worker read or set). Not known: read the database, then `learned` (with
        `always_read`, never known: other workers may have changed it)."""
        if self.always_read:
            return False, None
        if self.values is None:
            return self.setting(chat_id)
        read, update = self._read_by.get(chat_id), _UPDATE.get()
        if read is not None and update is not None and read[0] is update:
            return True, read[1]
        try:
            found = await self.values.get(_key(chat_id))
        except Exception:  # as if unknown: the database answers
            log.warning("could not read the language of chat %s", chat_id, exc_info=True)
            return False, None
        if not isinstance(found, str):
            return False, None
        language = found or None  # "": no setting
        self._keep(chat_id, language)
        self._read(chat_id, language)
        return True, language

    async def learned(self, chat_id: str, language: str | None) -> None:
        """The chat's setting as just read from the database: kept, in the shared state only when no
        worker stored one since (a `/lang` committed after that read wins)."""
        self._keep(chat_id, language)
        if self.values is not None:
            self._read(chat_id, language)
            try:
                await self.values.set_if_absent(_key(chat_id), language or "", ttl=SHARED_TTL)
            except Exception:  # the next lookup reads the database again
                log.warning("could not keep the language of chat %s", chat_id, exc_info=True)

    async def changed(self, chat_id: str, language: str | None) -> None:
        """`/lang` committed `language` for the chat: every worker answers in it from now on."""
        self._keep(chat_id, language)
        if self.values is not None:
            self._read(chat_id, language)
            try:
                await self.values.set(_key(chat_id), language or "", ttl=SHARED_TTL)
            except Exception:  # the others keep the old one until SHARED_TTL: logged
                log.warning("could not share the new language of chat %s", chat_id, exc_info=True)

    def remember_setting(self, chat_id: str, language: str | None) -> None:
        """This process's memory only (tests, and `setting`'s guess)."""
        self._keep(chat_id, language)

    def _keep(self, chat_id: str, language: str | None) -> None:
        if len(self._settings) >= MAX_ENTRIES:
            self._settings.clear()
        self._settings[chat_id] = (self._monotonic(), language)

    def _read(self, chat_id: str, language: str | None) -> None:
        """What the update being handled now knows of the chat's setting, for its own next `recall`."""
        update = _UPDATE.get()
        if update is None:
            return
        if len(self._read_by) >= MAX_ENTRIES:
            self._read_by.clear()
        self._read_by[chat_id] = (update, language)

    def group_buy_language(self, chat_id: str) -> str | None:
        return self._group_buys.get(chat_id)

    def remember_group_buy(self, chat_id: str, language: str) -> None:
        if len(self._group_buys) >= MAX_ENTRIES:
            self._group_buys.clear()
        self._group_buys[chat_id] = language


_UPDATE: ContextVar[object | None] = ContextVar("tuan_update", default=None)


@contextmanager
def one_update() -> Iterator[None]:
    """Around one update's handling (`ChatApp.handle`): a chat's setting read from the shared state is
    read once in it (its answer's language and its card's ask twice), and read again by the next."""
    token = _UPDATE.set(object())
    try:
        yield
    finally:
        _UPDATE.reset(token)


def _key(chat_id: str) -> str:
    return f"chat:language:{chat_id}"
