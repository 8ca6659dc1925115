"""Outbox rows a sender gave up on (a WeChat room that no longer takes the bot's messages): `gave_up_at`,
when, with the reason in `last_error`. Such a row is no longer pending and was never sent: its `sent_at`
stays NULL (before, it was marked sent).

Revision ID: 0054
Revises: 0053
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0054"
down_revision: str | None = "0053"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("gave_up_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("gave_up_at")
