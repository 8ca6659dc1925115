"""`commerce.ports.ApiTokenRepository`: the console API's personal access tokens (hashes only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.api_tokens import ApiToken
from storage.tables import console_api_tokens, is_row_id

_T = console_api_tokens.c


def _token(row: Any) -> ApiToken:
    return ApiToken(
        id=row.id,
        token_hash=row.token_hash,
        prefix=row.prefix,
        owner=row.owner,
        label=row.label,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


class SqlApiTokenRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def add(self, token: ApiToken) -> ApiToken:
        statement = (
            console_api_tokens.insert()
            .values(
                token_hash=token.token_hash,
                prefix=token.prefix,
                owner=token.owner,
                label=token.label,
                created_at=token.created_at,
                last_used_at=None,
                revoked_at=None,
            )
            .returning(_T.id)
        )
        token_id = (await self.conn.execute(statement)).scalar_one()
        return replace(token, id=token_id)

    async def by_hash(self, token_hash: str) -> ApiToken | None:
        row = (await self.conn.execute(select(console_api_tokens).where(_T.token_hash == token_hash))).first()
        return None if row is None else _token(row)

    async def touch(self, token_id: int, at: datetime) -> None:
        await self.conn.execute(update(console_api_tokens).where(_T.id == token_id).values(last_used_at=at))

    async def of_owner(self, owner: str) -> list[ApiToken]:
        statement = select(console_api_tokens).where(_T.owner == owner).order_by(_T.id.desc())
        return [_token(row) for row in await self.conn.execute(statement)]

    async def revoke(self, token_id: int, *, owner: str, at: datetime) -> bool:
        if not is_row_id(token_id):
            return False
        statement = (
            update(console_api_tokens)
            .where(_T.id == token_id, _T.owner == owner, _T.revoked_at.is_(None))
            .values(revoked_at=at)
            .returning(_T.id)
        )
        return (await self.conn.execute(statement)).first() is not None
