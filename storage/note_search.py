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
Either way, below the notes with the words themselves come those that name a product of the search by
its head, as people shorten it (`芒果`, and `mango` by its Chinese name 芒: a note on 海南贵妃芒,
storage.segment.heads_of): the index holds each character of a note's words already, so the head (芒)
is searched too, and such a note kept only when one of its words, or of its group buy's title, ends
with it (贵妃芒, not 芒种): no new index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.note_search import SearchHit
from commerce.domain.notes import Note
from storage.segment import (
    also_keys,
    fold,
    headed_by,
    heads_of,
    index_words,
    query_words,
    said_apart,
    said_whole,
    singular,
    spelled,
)
from storage.tables import group_buys, note_search, notes

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
_SAID = (  # what a note says, with its group buy's title: whether it names a product by its head
    select(note_search.c.note_id, note_search.c.words, notes.c.text, group_buys.c.title)
    .select_from(
        note_search.join(notes, notes.c.id == note_search.c.note_id).outerjoin(
            group_buys, group_buys.c.id == notes.c.group_buy_id
        )
    )
    .where(note_search.c.note_id.in_(bindparam("ids", expanding=True)))
)
READ_CANDIDATES = 4  # notes with a head's or a phrase's characters read for each one wanted (光芒 has 芒)
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
        also = alternatives(terms)  # `sweeter`: sweet, 甜; `荔枝`: lychee
        alone = tuple((key, *also[key]) for key in keys)
        heads = heads_of(terms)  # `芒果`, `mango`: 芒, for the notes on 贵妃芒
        found: list[SearchHit] = []
        for every in (True, False) if len(keys) > 1 else (True,):  # every word, else any
            found = await self._kept(chat_id, terms, tuple((key,) for key in keys), {}, every, None, limit)
            if len(found) < limit and any(also.values()):  # said another way, below those saying it
                found += await self._kept(chat_id, terms, alone, {}, every, found, limit - len(found))
            if heads and len(found) < limit:  # a kind of the product named, below those
                found += await self._kept(chat_id, terms, alone, heads, every, found, limit - len(found))
            if found:
                break
        return found

    async def _kept(
        self,
        chat_id: str,
        terms: tuple[str, ...],
        groups: tuple[tuple[str, ...], ...],
        heads: dict[str, tuple[str, ...]],
        every: bool,
        found: list[SearchHit] | None,
        limit: int,
    ) -> list[SearchHit]:
        """The notes not `found` with every group of words (else any), at most `limit`, ranked below those
        found (None, the search's first words: by their own rank): a group said by one of its words
        (`named_by`), a Chinese one also when jieba cut the note otherwise (`个头大` in 这个头大: its
        characters searched, `spelled`, and the note's text read), or by a word a head of the product
        ends (`heads`: 芒 of `芒果` and `mango`, in 贵妃芒)."""
        seen = {hit.note_id for hit in found or ()}
        searched = tuple(
            (*group, *(spelled(word) for word in group if spelled(word) != word), *heads.get(group[0], ()))
            for group in groups
        )
        read = searched != groups  # a note found by characters or a head is kept once its text is read
        wanted = len(seen) + (READ_CANDIDATES * limit if read else limit)
        hits = [
            h
            for h in await self._find(chat_id, terms, searched, every=every, limit=wanted)
            if h.note_id not in seen
        ]
        if read:
            said = await self._said([hit.note_id for hit in hits])
            hits = [
                h
                for h in hits
                if h.note_id in said and named_by(groups, heads, *said[h.note_id], every=every)
            ]
            exact = [h for h in hits if named_by(groups, heads, *said[h.note_id], every=every, apart=False)]
            if exact:  # a phrase said apart (肉质很细腻) below the notes saying it (肉质细腻)
                hits = exact + below(exact, [h for h in hits if h not in exact])
        if found is None:
            return hits[:limit]
        return below(found, hits[:limit])

    async def _said(self, note_ids: list[int]) -> dict[int, tuple[set[str], str]]:
        """Each note's indexed words, and its text with its group buy's title."""
        if not note_ids:
            return {}
        rows = await self.conn.execute(_SAID, {"ids": note_ids})
        return {int(row.note_id): (set(row.words.split()), f"{row.text}\n{row.title or ''}") for row in rows}

    async def _find(
        self,
        chat_id: str,
        terms: tuple[str, ...],
        groups: Sequence[Sequence[str]],
        *,
        every: bool,
        limit: int,
    ) -> list[SearchHit]:
        """The notes with every group of words (else any), a group matched by any word of it (a word
        `spelled` as characters by all of them)."""
        if self.dialect == "sqlite":  # keys are letters and digits only: quoting them is enough
            either, both, quote = " OR ", " AND ", '"'
            statement, sign = _SQLITE_FIND, -1.0  # bm25(): the lower, the better
        else:
            either, both, quote = " | ", " & ", "'"
            statement, sign = _POSTGRES_FIND, 1.0
        ors = [
            either.join(
                f"({both.join(f'{quote}{char}{quote}' for char in key.split())})"
                if " " in key  # `spelled`: all its characters
                else f"{quote}{key}{quote}"
                for key in group
            )
            for group in groups
        ]
        query = (both if every else either).join(f"({one})" if " " in one else one for one in ors)
        rows = await self.conn.execute(statement, {"query": query, "chat": chat_id, "limit": limit})
        return [SearchHit(int(row.note_id), sign * float(row.rank), terms) for row in rows]


def below(found: Sequence[SearchHit], hits: Sequence[SearchHit]) -> list[SearchHit]:
    """`hits` in their order, ranked below every one `found` (below 0 when none was: a later pass ranks
    below the search's own words even when those found nothing)."""
    floor = min((hit.score for hit in found), default=0.0) - 1.0
    return [replace(hit, score=floor - n) for n, hit in enumerate(hits)]


def alternatives(terms: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each search word's key (as the index folds it) with what else finds a note by it
    (storage.segment.also_keys: `sweeter`: sweet, 甜…; `荔枝`: lychee, litchi)."""
    also: dict[str, tuple[str, ...]] = {}
    for term in terms:
        key = singular(term)
        also[key] = tuple(dict.fromkeys((*also.get(key, ()), *also_keys(term))))
    return also


def named_by(
    groups: tuple[tuple[str, ...], ...],
    heads: dict[str, tuple[str, ...]],
    words: set[str],
    said: str,
    *,
    every: bool,
    apart: bool = True,
) -> bool:
    """Whether a note with these indexed `words`, saying `said`, has every group of the search (else any):
    one of its words (the search's, or another way of saying it: `alternatives`) among the note's, a
    Chinese one in what it says however jieba cut it (`个头大`, `水分`: 这个头大, 汁水分足; not where it runs
    on into a longer word, `said_whole`: 个头大小), a phrase
    also with its parts apart unless `apart` is False (`said_apart`: `肉质细腻` by 肉质很细腻, `皮薄肉厚` by
    肉厚皮薄), or a word a head of it ends (`heads`: `芒果` and `mango` by 贵妃芒)."""
    folded = fold(said)
    named = (
        any(
            key in words
            or (spelled(key) != key and (said_whole(key, folded) or (apart and said_apart(key, said))))
            for key in group
        )
        or any(headed_by(said, head) for head in heads.get(group[0], ()))
        for group in groups
    )
    return all(named) if every else any(named)
