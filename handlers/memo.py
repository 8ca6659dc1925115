"""Small in-process memories that keep `+1` to the queries it needs: which language a chat speaks.

Only languages are remembered, never anything a decision depends on (stock, status, limits are always
read in the unit of work). A chat's `/lang` setting is kept for a short while (another process may
change it; then the answer's language is stale for at most `ttl`); the language of the group buy last
seen in a chat serves as a guess for answering a refusal in a chat without a setting.

It stays in the process, not in the shared state (commerce/state.py, Redis when configured): it exists
to save a query on the hot `+1` path, and a Redis round trip would cost about what it saves; nothing
goes wrong when processes disagree for a minute about a language.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_ENTRIES = 10_000


class LanguageMemo:
    def __init__(self, *, ttl: float = 60.0, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._monotonic = monotonic
        self._settings: dict[str, tuple[float, str | None]] = {}
        self._group_buys: dict[str, str] = {}

    def setting(self, chat_id: str) -> tuple[bool, str | None]:
        """(known, the chat's `/lang` setting or None); not known once `ttl` has passed."""
        found = self._settings.get(chat_id)
        if found is None or self._monotonic() - found[0] > self.ttl:
            return False, None
        return True, found[1]

    def remember_setting(self, chat_id: str, language: str | None) -> None:
        if len(self._settings) >= MAX_ENTRIES:
            self._settings.clear()
        self._settings[chat_id] = (self._monotonic(), language)

    def group_buy_language(self, chat_id: str) -> str | None:
        return self._group_buys.get(chat_id)

    def remember_group_buy(self, chat_id: str, language: str) -> None:
        if len(self._group_buys) >= MAX_ENTRIES:
            self._group_buys.clear()
        self._group_buys[chat_id] = language
