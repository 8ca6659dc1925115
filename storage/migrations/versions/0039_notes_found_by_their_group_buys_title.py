"""Notes posted before their group buy's title counted among their words are indexed again with it.

Since session 9 a note is indexed with its group buy's title (`搜索 葡萄` finds a note on 阳光玫瑰葡萄
that never says 葡萄), and since this revision a rename (修改) indexes its notes again. The notes
posted before that were indexed by their own text only: this gives them their group buy's title now.
Nothing to undo on the way down (the words only make more searches find them).

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

_LINKED = (
    "SELECT n.id AS id, n.text AS text, s.words AS words, g.title AS title FROM notes AS n "
    "JOIN note_search AS s ON s.note_id = n.id JOIN group_buys AS g ON g.id = n.group_buy_id ORDER BY n.id"
)


def upgrade() -> None:
    bind = op.get_bind()
    linked = bind.execute(sa.text(_LINKED)).all()
    if not linked:  # a new database: jieba is not even loaded
        return
    from storage.segment import index_words

    rows = []
    for row in linked:
        words = index_words(f"{row.text}\n{row.title}")
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
