"""Pickup codes (核销) and pickup helpers.

- `orders.pickup_code`: the short numeric code a paid order's buyer shows at pickup (NULL until paid);
  `uq_orders_pickup_code` keeps it unique among a group buy's orders, code first so that `核销 4827`
  finds the order by its code;
- `group_buy_helpers`: the members (by identity) an organiser named to verify codes of a group buy.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("pickup_code", sa.String(8), nullable=True))
    op.create_index("uq_orders_pickup_code", "orders", ["pickup_code", "group_buy_id"], unique=True)
    op.create_table(
        "group_buy_helpers",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("identity", sa.String(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("group_buy_id", "identity", name="uq_group_buy_helpers_group_buy_identity"),
    )
    op.create_index("ix_group_buy_helpers_identity", "group_buy_helpers", ["identity"])


def downgrade() -> None:
    op.drop_index("ix_group_buy_helpers_identity", table_name="group_buy_helpers")
    op.drop_table("group_buy_helpers")
    op.drop_index("uq_orders_pickup_code", table_name="orders")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("pickup_code")
