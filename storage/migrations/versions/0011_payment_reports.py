"""Getting paid: buyers' payment reports and reminders (commerce.domain.collecting).

- `orders.reported_paid_at`: the buyer said they paid (我已付款, /ipaid); NULL when they did not or
  the organiser said it did not arrive;
- `group_buys.payment_reminded_at`: the last reminder to pay (/remind, at most every 6 hours);
- `group_buys.pickup_at`: the pickup time named with `/pickup` (NULL: none named), and
  `group_buys.pickup_reminded_at`: when the evening before it was reminded (once);
  `ix_group_buys_pickup_due` finds the pickups not reminded of yet.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_REMINDED = sa.text("pickup_reminded_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("reported_paid_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("group_buys") as batch:
        batch.add_column(sa.Column("payment_reminded_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("pickup_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("pickup_reminded_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_group_buys_pickup_due",
        "group_buys",
        ["pickup_at"],
        sqlite_where=NOT_REMINDED,
        postgresql_where=NOT_REMINDED,
    )


def downgrade() -> None:
    op.drop_index("ix_group_buys_pickup_due", table_name="group_buys")
    with op.batch_alter_table("group_buys") as batch:
        batch.drop_column("pickup_reminded_at")
        batch.drop_column("pickup_at")
        batch.drop_column("payment_reminded_at")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("reported_paid_at")
