"""In-memory `commerce.ports.ApiTokenRepository` over `tests.fakes.MemoryState` (as storage.api_tokens)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.api_tokens import ApiToken

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeApiTokens:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    @property
    def tokens(self) -> dict[int, ApiToken]:
        return self.s.api_tokens

    async def add(self, token: ApiToken) -> ApiToken:
        stored = replace(token, id=len(self.tokens) + 1)
        self.tokens[stored.id or 0] = stored
        return stored

    async def by_hash(self, token_hash: str) -> ApiToken | None:
        return next((t for t in self.tokens.values() if t.token_hash == token_hash), None)

    async def touch(self, token_id: int, at: datetime) -> None:
        if token_id in self.tokens:
            self.tokens[token_id] = replace(self.tokens[token_id], last_used_at=at)

    async def of_owner(self, owner: str) -> list[ApiToken]:
        return sorted((t for t in self.tokens.values() if t.owner == owner), key=lambda t: -(t.id or 0))

    async def revoke(self, token_id: int, *, owner: str, at: datetime) -> bool:
        found = self.tokens.get(token_id)
        if found is None or found.owner != owner or found.revoked_at is not None:
            return False
        self.tokens[token_id] = replace(found, revoked_at=at)
        return True
