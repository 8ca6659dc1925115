"""The waiting list (候补): members waiting for units of a sold-out group buy, in queue order.

One entry per group buy and member (`uq_waiting_list_group_buy_user`, which also serves every lookup
by group buy); the queue is `created_at`, then `id`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "waiting_list",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("group_buy_id", "user_id", name="uq_waiting_list_group_buy_user"),
    )


def downgrade() -> None:
    op.drop_table("waiting_list")
