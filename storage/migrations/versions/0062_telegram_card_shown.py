"""What each live Telegram card shows (`telegram_cards.shown`: a digest of its text and buttons), so a
bot started again, or another worker, never edits a card to what it already shows: Telegram refuses
that edit ("message is not modified") and it spends one of the group's 20 sends a minute. Cards stored
before this have none (the next edit is made, as before).

Revision ID: 0062
Revises: 0061
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0062"
down_revision: str | None = "0061"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("telegram_cards") as batch:
        batch.add_column(sa.Column("shown", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("telegram_cards") as batch:
        batch.drop_column("shown")
