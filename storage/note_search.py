"""`commerce.ports.NoteSearch` on SQLite and PostgreSQL: notes found by their jieba-segmented words.

`note_search` holds each note's words (storage.segment), written by the note's own transaction. On
SQLite an FTS5 table over it (`note_search_fts`, tokenizer `unicode61`: the words are already apart)
matches and ranks with `bm25()`; SQLite's trigram tokenizer would find no two-character word (面膜).
On PostgreSQL a GIN index over `to_tsvector('simple', words)` matches and `ts_rank` ranks: the
'simple' configuration keeps each segmented word as it is (no stemming, no stop words), so 面膜 is
one lexeme, and it needs no extension (pg_trgm would need one, and ranks by likeness of letters, not
by words). Both are created by migration 0025; their names begin with `storage.migrate.SEARCH_ONLY`,
which the schema comparison leaves out (no model describes a virtual table or an expression index).

A search wants every word; when no note has them all, any of them (ranked, so the notes with more of
them come first). English words are matched singular (storage.segment.singular: `mango` finds
`mangoes`), and a one-character Chinese search finds the notes whose words have that character.
"""

from __future__ import annotations

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.note_search import SearchHit
from commerce.domain.notes import Note
from storage.segment import index_words, query_words, singular
from storage.tables import note_search

_SQLITE_ADD = text("INSERT INTO note_search_fts (rowid, words) VALUES (:id, :words)")
_SQLITE_FORGET = text(
    "INSERT INTO note_search_fts (note_search_fts, rowid, words) VALUES ('delete', :id, :old)"
)
_LINKED = text(
    "SELECT n.id AS id, n.text AS text, s.words AS words FROM notes AS n "
    "JOIN note_search AS s ON s.note_id = n.id WHERE n.group_buy_id = :group_buy"
)
_REWORD = text("UPDATE note_search SET words = :words WHERE note_id = :id")
_SQLITE_FIND = text(
    "SELECT s.note_id AS note_id, bm25(note_search_fts) AS rank FROM note_search_fts "
    "JOIN note_search AS s ON s.note_id = note_search_fts.rowid "
    "WHERE note_search_fts MATCH :query AND s.chat_id = :chat "
    "ORDER BY rank, s.note_id DESC LIMIT :limit"
)
_POSTGRES_FIND = text(
    "SELECT note_id, ts_rank(to_tsvector('simple', words), q) AS rank "
    "FROM note_search, to_tsquery('simple', :query) AS q "
    "WHERE chat_id = :chat AND to_tsvector('simple', words) @@ q "
    "ORDER BY rank DESC, note_id DESC LIMIT :limit"
)


class SqlNoteSearch:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"storage supports sqlite and postgresql, not {self.dialect}")

    async def index(self, note: Note, *, title: str = "") -> None:
        words = index_words(f"{note.text}\n{title}" if title else note.text)  # the title's words too
        values = {"note_id": note.id, "chat_id": note.chat_id, "words": words}
        await self.conn.execute(insert(note_search), values)
        if self.dialect == "sqlite":
            await self.conn.execute(_SQLITE_ADD, {"id": note.id, "words": words})

    async def retitle(self, group_buy_id: int, title: str) -> None:
        linked = await self.conn.execute(_LINKED, {"group_buy": group_buy_id})
        rows = [
            {
                "id": row.id,
                "old": row.words,
                "words": index_words(f"{row.text}\n{title}" if title else row.text),
            }
            for row in linked
        ]
        if not rows:
            return
        if self.dialect == "sqlite":  # an external-content FTS5 table forgets a row by its old words
            await self.conn.execute(_SQLITE_FORGET, rows)
            await self.conn.execute(_SQLITE_ADD, rows)
        await self.conn.execute(_REWORD, rows)

    async def search(self, chat_id: str, words: str, *, limit: int) -> list[SearchHit]:
        terms = tuple(query_words(words))
        if not terms:
            return []
        keys = tuple(dict.fromkeys(singular(term) for term in terms))  # as the index folds them
        found = await self._find(chat_id, terms, keys, every=True, limit=limit)
        if not found and len(keys) > 1:
            found = await self._find(chat_id, terms, keys, every=False, limit=limit)
        return found

    async def _find(
        self,
        chat_id: str,
        terms: tuple[str, ...],
        keys: tuple[str, ...],
        *,
        every: bool,
        limit: int,
    ) -> list[SearchHit]:
        if self.dialect == "sqlite":  # keys are letters and digits only: quoting them is enough
            query = (" " if every else " OR ").join(f'"{key}"' for key in keys)
            statement, sign = _SQLITE_FIND, -1.0  # bm25(): the lower, the better
        else:
            query = (" & " if every else " | ").join(f"'{key}'" for key in keys)
            statement, sign = _POSTGRES_FIND, 1.0
        rows = await self.conn.execute(statement, {"query": query, "chat": chat_id, "limit": limit})
        return [SearchHit(int(row.note_id), sign * float(row.rank), terms) for row in rows]
