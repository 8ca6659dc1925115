"""The console's dashboard (issue #14): indexes its figures over the last 30 days read from.

`ix_orders_created_at` covers the window's orders for the per-day figures and the top group buys (no
visit to the table); `ix_orders_shared` (only orders a sharer brought) the top sharers';
`ix_group_buys_closed_at` the group buys closed in the window (join → paid). bench/console.py prints
the plans that use them.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHARED = sa.text("sharer_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_orders_created_at", "orders", ["created_at", "status", "currency", "total", "group_buy_id"]
    )
    op.create_index(
        "ix_orders_shared",
        "orders",
        ["created_at", "sharer_id", "buyer_id", "group_buy_id", "status"],
        sqlite_where=SHARED,
        postgresql_where=SHARED,
    )
    op.create_index("ix_group_buys_closed_at", "group_buys", ["closed_at"])


def downgrade() -> None:
    op.drop_index("ix_group_buys_closed_at", table_name="group_buys")
    op.drop_index("ix_orders_shared", table_name="orders")
    op.drop_index("ix_orders_created_at", table_name="orders")
