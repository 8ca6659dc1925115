"""Shill flags and moderation (issue #12): near-duplicate signatures, flagged or hidden notes, mutes.

- `notes.signature`: each note's MinHash (commerce.domain.near_duplicates), so a new note is compared
  with the member's recent ones without hashing them again ("" for notes posted before: their text
  is hashed when compared);
- `note_flags`: a note's shill score and reasons (commerce.domain.shill) and the admins' word on it
  (hidden, or cleared); `ix_note_flags_chat` reads a chat's queue and what digests leave out;
- `note_mutes`: members a chat's admins stopped from posting notes there.

Plain ADD COLUMN: no table copy on SQLite.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("notes", sa.Column("signature", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "note_flags",
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), primary_key=True),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("cleared", sa.Boolean(), nullable=False),
        sa.Column("hidden_by", sa.String(), nullable=False),
        sa.Column("why", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_note_flags_chat", "note_flags", ["chat_id", "note_id"])
    op.create_table(
        "note_mutes",
        sa.Column("chat_id", sa.String(), primary_key=True),
        sa.Column("member_id", sa.String(), primary_key=True),
        sa.Column("by_id", sa.String(), nullable=False),
        sa.Column("why", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("note_mutes")
    op.drop_index("ix_note_flags_chat", table_name="note_flags")
    op.drop_table("note_flags")
    op.drop_column("notes", "signature")
