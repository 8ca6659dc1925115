"""Notes (种草, issue #12): members' recommendations in a chat, their likes and comments.

- `notes`: one row per note (commerce.domain.notes), maybe linked to a group buy of its chat;
  `ix_notes_author_created` reads a member's recent notes (the flood guard);
- `note_likes`: one row per note and member (`uq_note_likes_note_member`: two taps at once, one like);
- `note_comments`: a note's comments, read in order (`ix_note_comments_note`).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("photo", sa.String(), nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_notes_author_created", "notes", ["author_id", "created_at"])
    op.create_table(
        "note_likes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("member_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("note_id", "member_id", name="uq_note_likes_note_member"),
    )
    op.create_table(
        "note_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_note_comments_note", "note_comments", ["note_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_note_comments_note", table_name="note_comments")
    op.drop_table("note_comments")
    op.drop_table("note_likes")
    op.drop_index("ix_notes_author_created", table_name="notes")
    op.drop_table("notes")
