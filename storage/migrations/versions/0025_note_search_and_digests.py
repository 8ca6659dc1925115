"""Notes found by their words (`/search`) and digest mode (issue #12).

- `note_search`: each note's jieba-segmented words (storage.segment), with its chat; the notes already
  posted are indexed here. On SQLite an FTS5 table over it, `note_search_fts` (tokenizer `unicode61`,
  ranked by `bm25()`); on PostgreSQL a GIN index over `to_tsvector('simple', words)` (`ts_rank`). Neither
  is described by a model: storage.migrate leaves their names (`SEARCH_ONLY`) out of the comparison.
- `chat_digests`: a chat's digest mode (None: by its size) and the day its digest was last sent;
- `ix_notes_created`: the chats with notes of a day, read by the digest's sweep.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "note_search",
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), primary_key=True, autoincrement=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("words", sa.String(), nullable=False),
    )
    op.create_index("ix_note_search_chat", "note_search", ["chat_id", "note_id"])
    op.create_table(
        "chat_digests",
        sa.Column("chat_id", sa.String(), primary_key=True),
        sa.Column("mode", sa.Boolean(), nullable=True),
        sa.Column("sent_on", sa.String(length=10), nullable=True),
    )
    op.create_index("ix_notes_created", "notes", ["created_at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE note_search_fts USING fts5("
            "words, content='note_search', content_rowid='note_id', tokenize='unicode61')"
        )
    else:
        op.execute("CREATE INDEX ix_note_search_tsv ON note_search USING gin (to_tsvector('simple', words))")
    _index_posted(bind)


def _index_posted(bind: sa.engine.Connection) -> None:
    """Index the notes posted before this revision (none in a new database: jieba is not even loaded)."""
    posted = bind.execute(sa.text("SELECT id, chat_id, text FROM notes ORDER BY id")).all()
    if not posted:
        return
    from storage.segment import index_words

    rows = [{"id": row.id, "chat": row.chat_id, "words": index_words(row.text)} for row in posted]
    add = "INSERT INTO note_search (note_id, chat_id, words) VALUES (:id, :chat, :words)"
    bind.execute(sa.text(add), rows)
    if bind.dialect.name == "sqlite":
        bind.execute(sa.text("INSERT INTO note_search_fts (rowid, words) VALUES (:id, :words)"), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE note_search_fts")
    else:
        op.execute("DROP INDEX ix_note_search_tsv")
    op.drop_index("ix_notes_created", table_name="notes")
    op.drop_table("chat_digests")
    op.drop_index("ix_note_search_chat", table_name="note_search")
    op.drop_table("note_search")
