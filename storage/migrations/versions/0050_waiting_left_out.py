"""Who waited in vain (候补) at the close of a group buy that succeeded, kept until they are told that
units came free after it (取消未付款: commerce.services.waiting.left_out), once.

Revision ID: 0050
Revises: 0049
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0050"
down_revision: str | None = "0049"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "waiting_left_out",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("option", sa.String(), nullable=False, server_default=sa.text("''")),
        sa.Column("listing_id", sa.Integer(), nullable=True),
    )
    op.create_index("ix_waiting_left_out_group_buy_id", "waiting_left_out", ["group_buy_id"])


def downgrade() -> None:
    op.drop_index("ix_waiting_left_out_group_buy_id", table_name="waiting_left_out")
    op.drop_table("waiting_left_out")
