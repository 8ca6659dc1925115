"""Every note is indexed again: with its group buy's title, and its words folded as search now folds them.

A note counts its group buy's title among its words (`搜索 葡萄` finds a note on 阳光玫瑰葡萄 that never
says 葡萄), and a rename (修改) indexes its notes again; the notes posted before titles counted were
indexed by their own text only. An English word is now indexed singular (`mangoes` as mango, `berries`
as berri, so `/find mango` finds "The mangoes were great") and a Chinese word of two characters or more
with each of its characters too (`搜 甜` finds 贵妃芒超甜). This gives every note the words it would get
if posted now. Nothing to undo on the way down: the older code reads these words as it reads a new
note's.

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0039"
down_revision: str | None = "0038"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NOTES = (
    "SELECT n.id AS id, n.text AS text, s.words AS words, g.title AS title FROM notes AS n "
    "JOIN note_search AS s ON s.note_id = n.id LEFT JOIN group_buys AS g ON g.id = n.group_buy_id "
    "ORDER BY n.id"
)


def upgrade() -> None:
    bind = op.get_bind()
    notes = bind.execute(sa.text(_NOTES)).all()
    if not notes:  # a new database: jieba is not even loaded
        return
    from storage.segment import index_words

    rows = []
    for row in notes:
        words = index_words(f"{row.text}\n{row.title}" if row.title else row.text)
        if words != row.words:
            rows.append({"id": row.id, "old": row.words, "words": words})
    if not rows:
        return
    if bind.dialect.name == "sqlite":  # an external-content FTS5 table forgets a row by its old words
        forget = "INSERT INTO note_search_fts (note_search_fts, rowid, words) VALUES ('delete', :id, :old)"
        bind.execute(sa.text(forget), rows)
        bind.execute(sa.text("INSERT INTO note_search_fts (rowid, words) VALUES (:id, :words)"), rows)
    bind.execute(sa.text("UPDATE note_search SET words = :words WHERE note_id = :id"), rows)


def downgrade() -> None:
    pass
