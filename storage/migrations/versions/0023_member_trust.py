"""Reputation (issue #12): each member's trust in a chat, and a chat's notes read together.

- `member_trust`: one row per chat and member (commerce.domain.reputation), rewritten on recompute;
- `ix_notes_chat`: a chat's notes, read by each recompute.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member_trust",
        sa.Column("chat_id", sa.String(), primary_key=True),
        sa.Column("member_id", sa.String(), primary_key=True),
        sa.Column("trust", sa.Float(), nullable=False),
    )
    op.create_index("ix_notes_chat", "notes", ["chat_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_notes_chat", table_name="notes")
    op.drop_table("member_trust")
