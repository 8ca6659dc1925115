"""Shared values in the database (`shared_values`), for several workers without Redis.

Until now, without TUAN_REDIS_URL each worker kept what it learnt of a Telegram group in its own memory:
the bot removed from a group (each worker whose send was refused told the organisers again) and added
back (the workers that had not seen it kept skipping the group's messages), a group's upgrade to a
supergroup. On PostgreSQL without Redis these now go through this table (storage/state_db.py).

Revision ID: 0058
Revises: 0057
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0058"
down_revision: str | None = "0057"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shared_values",
        sa.Column("key", sa.String(255), primary_key=True, nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("shared_values")
