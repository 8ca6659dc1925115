"""Order numbers per group buy (`#12-3`: the third order of group buy 12; issue #9).

`orders.seq` is the order's place in its group buy, given at the close in line order (later orders
follow). Existing orders are numbered in the order they were made. Unique per group buy, so `12-3` names
exactly one order and is found by that index.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = "uq_orders_group_buy_seq"


def upgrade() -> None:
    # Plain ALTER TABLEs and a unique index, never a table copy: on SQLite (foreign keys on) copying
    # `orders` would fail once order lines point at it. The column stays nullable for the same reason;
    # storage always gives a number.
    op.add_column("orders", sa.Column("seq", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE orders SET seq = (SELECT count(*) FROM orders AS earlier"
        " WHERE earlier.group_buy_id = orders.group_buy_id AND earlier.id <= orders.id)"
    )
    op.create_index(_KEY, "orders", ["group_buy_id", "seq"], unique=True)


def downgrade() -> None:
    op.drop_index(_KEY, table_name="orders")
    op.drop_column("orders", "seq")
