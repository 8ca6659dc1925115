"""The weekly For you (issue #13): per member, the week of their last weekly private message (the date
its due day, `YYYY-MM-DD` in the chats' timezone) and when it was made; claimed by one guarded upsert in
the transaction that writes the message's outbox row, so it is sent once a week.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "foryou_weeks",
        sa.Column("identity", sa.String(), primary_key=True),
        sa.Column("week", sa.String(length=10), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("foryou_weeks")
