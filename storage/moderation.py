"""`commerce.ports.ModerationRepository` on SQLite and PostgreSQL: `note_flags` and `note_mutes`
(migration 0026), and the reads a chat's shill rescoring is made of.

A rescoring reads five things, each one statement: the chat's recent notes (`ix_notes_chat`), their
likes, the group buys they link, those group buys' sellers (sharers and help-sellers of their orders,
members listing them in other chats), and the same authors' recent notes in other chats
(`ix_notes_author_created`). Flags are upserts on the note's key that leave the admins' word alone;
a mute is `INSERT ... ON CONFLICT DO NOTHING`, so two admins muting at once make one row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, or_, select, union
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.moderation import NoteFlag, NoteReport
from commerce.domain.near_duplicates import Signature, signature
from commerce.domain.shill import Community, GroupBuyFacts, Like, NoteFacts, Reason
from storage.tables import (
    group_buy_listings,
    group_buys,
    is_row_id,
    note_flags,
    note_likes,
    note_mutes,
    note_reports,
    notes,
    orders,
)

n, f, mu, rp = notes.c, note_flags.c, note_mutes.c, note_reports.c
_REASONS = {reason.value: reason for reason in Reason}


@dataclass(frozen=True)
class _Statements:
    notes: Select[Any]
    likes: Select[Any]
    group_buys: Select[Any]
    sellers: Any
    elsewhere: Select[Any]
    flags: Select[Any]
    flag: Select[Any]
    save: Executable
    decide: Executable
    mute: Executable
    unmute: Executable
    muted: Select[Any]
    mutes: Select[Any]
    excluded: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    new_flag: Any
    new_mute: Any
    if dialect == "postgresql":
        new_flag, new_mute = postgresql.insert(note_flags), postgresql.insert(note_mutes)
    elif dialect == "sqlite":
        new_flag, new_mute = sqlite.insert(note_flags), sqlite.insert(note_mutes)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    recent = (n.chat_id == bindparam("chat")) & (n.created_at >= bindparam("since"))
    gids: Any = bindparam("gids", expanding=True)
    flag_values: dict[str, Any] = {
        "note_id": bindparam("note_id"),
        "chat_id": bindparam("chat_id"),
        "score": bindparam("score"),
        "reasons": bindparam("reasons"),
        "flagged": bindparam("flagged"),
        "hidden": bindparam("hidden"),
        "cleared": bindparam("cleared"),
        "hidden_by": bindparam("hidden_by"),
        "why": bindparam("why"),
        "updated_at": bindparam("at"),
    }
    scored = ("score", "reasons", "flagged", "updated_at")
    decided = (*scored, "hidden", "cleared", "hidden_by", "why")
    save = new_flag.values(**flag_values)
    decide = new_flag.values(**flag_values)
    return _Statements(
        notes=select(n.id, n.chat_id, n.author_id, n.text, n.signature, n.created_at, n.group_buy_id).where(
            recent
        ),
        likes=select(note_likes.c.note_id, note_likes.c.member_id, note_likes.c.created_at)
        .select_from(notes.join(note_likes, note_likes.c.note_id == n.id))
        .where(recent),
        group_buys=select(
            group_buys.c.id, group_buys.c.organiser_id, group_buys.c.created_at, group_buys.c.title
        ).where(group_buys.c.id.in_(gids)),
        sellers=union(
            select(orders.c.group_buy_id, orders.c.sharer_id.label("seller")).where(
                orders.c.group_buy_id.in_(gids), orders.c.sharer_id.is_not(None)
            ),
            select(orders.c.group_buy_id, orders.c.help_seller_id.label("seller")).where(
                orders.c.group_buy_id.in_(gids), orders.c.help_seller_id.is_not(None)
            ),
            select(group_buy_listings.c.group_buy_id, group_buy_listings.c.seller_id.label("seller")).where(
                group_buy_listings.c.group_buy_id.in_(gids)
            ),
        ),
        elsewhere=select(
            n.id, n.chat_id, n.author_id, n.text, n.signature, n.created_at, n.group_buy_id
        ).where(
            n.author_id.in_(bindparam("authors", expanding=True)),
            n.created_at >= bindparam("since"),
            n.chat_id != bindparam("chat"),
        ),
        flags=select(note_flags).where(f.chat_id == bindparam("chat")),
        flag=select(note_flags).where(f.note_id == bindparam("note_id")),
        save=save.on_conflict_do_update(
            index_elements=[f.note_id], set_={name: getattr(save.excluded, name) for name in scored}
        ),
        decide=decide.on_conflict_do_update(
            index_elements=[f.note_id], set_={name: getattr(decide.excluded, name) for name in decided}
        ),
        mute=new_mute.values(
            chat_id=bindparam("chat"),
            member_id=bindparam("member"),
            by_id=bindparam("by"),
            why=bindparam("why"),
            created_at=bindparam("at"),
        )
        .on_conflict_do_nothing(index_elements=[mu.chat_id, mu.member_id])
        .returning(mu.member_id),
        unmute=delete(note_mutes)
        .where(mu.chat_id == bindparam("chat"), mu.member_id == bindparam("member"))
        .returning(mu.member_id),
        muted=select(mu.why).where(mu.chat_id == bindparam("chat"), mu.member_id == bindparam("member")),
        mutes=select(mu.member_id)
        .where(mu.chat_id == bindparam("chat"))
        .order_by(mu.created_at, mu.member_id),
        excluded=select(f.note_id)
        .where(f.chat_id == bindparam("chat"))
        .where(or_(f.hidden.is_(True), f.flagged.is_(True) & f.cleared.is_(False))),
    )


def _facts(row: Any) -> NoteFacts:
    stored = Signature.decode(row.signature) if row.signature else None
    return NoteFacts(
        id=int(row.id),
        chat_id=str(row.chat_id),
        author=str(row.author_id),
        text=str(row.text),
        signature=stored or signature(row.text),
        created_at=row.created_at,
        group_buy_id=row.group_buy_id,
    )


def _flag(row: Any) -> NoteFlag:
    reasons = tuple(_REASONS[code] for code in str(row.reasons).split(",") if code in _REASONS)
    return NoteFlag(
        note_id=int(row.note_id),
        chat_id=str(row.chat_id),
        score=float(row.score),
        reasons=reasons,
        flagged=bool(row.flagged),
        hidden=bool(row.hidden),
        cleared=bool(row.cleared),
        hidden_by=str(row.hidden_by),
        why=str(row.why),
    )


def _values(flag: NoteFlag, now: datetime) -> dict[str, Any]:
    return {
        "note_id": flag.note_id,
        "chat_id": flag.chat_id,
        "score": flag.score,
        "reasons": ",".join(reason.value for reason in flag.reasons),
        "flagged": flag.flagged,
        "hidden": flag.hidden,
        "cleared": flag.cleared,
        "hidden_by": flag.hidden_by,
        "why": flag.why,
        "at": now,
    }


class SqlModerationRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)
        self.written: set[int] = set()

    async def community(self, chat_id: str, *, since: datetime) -> Community:
        params = {"chat": chat_id, "since": since}
        found = [_facts(row) for row in await self.conn.execute(self.sql.notes, params)]
        if not found:
            return Community(notes=())
        likes = [
            Like(int(row.note_id), str(row.member_id), row.created_at)
            for row in await self.conn.execute(self.sql.likes, params)
        ]
        gids = sorted({note.group_buy_id for note in found if note.group_buy_id is not None})
        linked: dict[int, GroupBuyFacts] = {}
        if gids:
            sellers: dict[int, set[str]] = defaultdict(set)
            for row in await self.conn.execute(self.sql.sellers, {"gids": gids}):
                sellers[int(row.group_buy_id)].add(str(row.seller))
            for row in await self.conn.execute(self.sql.group_buys, {"gids": gids}):
                gid = int(row.id)
                sold_by = frozenset(sellers[gid])
                linked[gid] = GroupBuyFacts(
                    gid, str(row.organiser_id), row.created_at, sold_by, str(row.title)
                )
        authors = sorted({note.author for note in found})
        others = await self.conn.execute(self.sql.elsewhere, {**params, "authors": authors})
        return Community(
            notes=tuple(found), likes=tuple(likes), group_buys=linked, elsewhere=tuple(map(_facts, others))
        )

    async def flags(self, chat_id: str) -> dict[int, NoteFlag]:
        rows = await self.conn.execute(self.sql.flags, {"chat": chat_id})
        return {flag.note_id: flag for flag in map(_flag, rows)}

    async def flag(self, note_id: int) -> NoteFlag | None:
        if not is_row_id(note_id):
            return None
        row = (await self.conn.execute(self.sql.flag, {"note_id": note_id})).first()
        return None if row is None else _flag(row)

    async def save(self, flags: Sequence[NoteFlag], *, now: datetime) -> None:
        if flags:
            await self.conn.execute(self.sql.save, [_values(flag, now) for flag in flags])
            self.written.update(flag.note_id for flag in flags)

    async def decide(self, flag: NoteFlag, *, now: datetime) -> None:
        await self.conn.execute(self.sql.decide, _values(flag, now))
        self.written.add(flag.note_id)

    async def mute(self, chat_id: str, member_id: str, *, by: str, why: str, now: datetime) -> bool:
        params = {"chat": chat_id, "member": member_id, "by": by, "why": why, "at": now}
        return (await self.conn.execute(self.sql.mute, params)).first() is not None

    async def unmute(self, chat_id: str, member_id: str) -> bool:
        params = {"chat": chat_id, "member": member_id}
        return (await self.conn.execute(self.sql.unmute, params)).first() is not None

    async def muted(self, chat_id: str, member_id: str) -> str | None:
        row = (await self.conn.execute(self.sql.muted, {"chat": chat_id, "member": member_id})).first()
        return None if row is None else str(row.why)

    async def mutes(self, chat_id: str) -> list[str]:
        return [str(row.member_id) for row in await self.conn.execute(self.sql.mutes, {"chat": chat_id})]

    async def excluded_from_digest(self, chat_id: str) -> set[int]:
        return {int(row.note_id) for row in await self.conn.execute(self.sql.excluded, {"chat": chat_id})}

    async def report(self, report: NoteReport) -> bool:
        insert: Any = (postgresql if self.conn.dialect.name == "postgresql" else sqlite).insert(note_reports)
        statement = (
            insert.values(
                note_id=report.note_id,
                chat_id=report.chat_id,
                member_id=report.member_id,
                member_name=report.member_name,
                why=report.why,
                created_at=report.created_at,
            )
            .on_conflict_do_nothing(index_elements=[rp.note_id, rp.member_id])
            .returning(rp.id)
        )
        return (await self.conn.execute(statement)).first() is not None

    async def reported_chats(self) -> set[str]:
        return {str(chat) for chat in await self.conn.scalars(select(rp.chat_id).distinct())}

    async def flagged_chats(self) -> set[str]:
        undecided = f.flagged.is_(True) & f.hidden.is_(False) & f.cleared.is_(False)
        return {str(chat) for chat in await self.conn.scalars(select(f.chat_id).where(undecided).distinct())}

    async def reports(self, chat_id: str) -> dict[int, list[NoteReport]]:
        query = select(note_reports).where(rp.chat_id == chat_id).order_by(rp.created_at, rp.id)
        found: dict[int, list[NoteReport]] = defaultdict(list)
        for row in await self.conn.execute(query):
            found[int(row.note_id)].append(
                NoteReport(
                    int(row.note_id),
                    str(row.chat_id),
                    str(row.member_id),
                    str(row.member_name),
                    str(row.why),
                    row.created_at,
                )
            )
        return dict(found)
