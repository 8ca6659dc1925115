"""Payments: a charge id recorded once, the provider's charge id, order reservations, share visits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFERENCE_SET = sa.text("reference <> ''")


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("pay_by", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_orders_status_created_at", "orders", ["status", "created_at"])

    with op.batch_alter_table("order_payments") as batch:
        batch.add_column(
            sa.Column("provider_reference", sa.String(), nullable=False, server_default=sa.text("''"))
        )
    op.create_index(
        "uq_order_payments_reference",
        "order_payments",
        ["kind", "reference"],
        unique=True,
        sqlite_where=_REFERENCE_SET,
        postgresql_where=_REFERENCE_SET,
    )

    op.create_table(
        "share_visits",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("sharer_id", sa.String(), nullable=False),
        sa.Column("visitor_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_share_visits_group_buy_id", "share_visits", ["group_buy_id"])
    op.create_index("ix_share_visits_sharer", "share_visits", ["sharer_id", "group_buy_id"])


def downgrade() -> None:
    op.drop_table("share_visits")
    op.drop_index("uq_order_payments_reference", table_name="order_payments")
    with op.batch_alter_table("order_payments") as batch:
        batch.drop_column("provider_reference")
    op.drop_index("ix_orders_status_created_at", table_name="orders")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("reminded_at")
        batch.drop_column("pay_by")
