"""Members report a note to the chat's admins (`举报 7 广告`, `/report 7 spam`).

- `note_reports`: one row per note and member who reported it (`uq_note_reports_note_member`: a second
  report by the same member counts once), with the chat, the member's name and the reason given; the
  admins' queue (`待审笔记`, the console's /moderation) lists a reported note with them.

Revision ID: 0051
Revises: 0050
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0051"
down_revision: str | None = "0050"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "note_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("member_id", sa.String(), nullable=False),
        sa.Column("member_name", sa.String(), nullable=False),
        sa.Column("why", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("note_id", "member_id", name="uq_note_reports_note_member"),
    )
    op.create_index("ix_note_reports_chat", "note_reports", ["chat_id"])


def downgrade() -> None:
    op.drop_index("ix_note_reports_chat", table_name="note_reports")
    op.drop_table("note_reports")
