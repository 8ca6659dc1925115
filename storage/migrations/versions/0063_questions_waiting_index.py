"""The questions forwarded to an organiser and not answered yet, found by her (`questions.organiser_id`,
`status`, `updated_at`): her plain private message answers the one waiting, and it waits in the
database, so a restart of the bot without Redis forgets none (handlers.ask).

Revision ID: 0063
Revises: 0062
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0063"
down_revision: str | None = "0062"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_questions_organiser_status", "questions", ["organiser_id", "status", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_questions_organiser_status", table_name="questions")
