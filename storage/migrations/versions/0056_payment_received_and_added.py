"""What the organiser received of an unpaid order (只收到 ¥20), kept apart from what the buyer reports.

- `orders.received_amount`: in minor units, what she said she received of it while it is unpaid (her
  `只收到 ¥20` of ¥156: 2000); NULL when none. Until now it was kept in `reported_amount`, so a later
  report she answered 未收到 took it away. An order not reported now whose `reported_amount` is short
  holds such a part: it moves over.
- `orders.reported_added`: what the buyer's latest report on it added (`我已付款 1-2 30元` after `… 20元`:
  3000; a first short report: its amount), 0 when none was said; `reported_paid_at` is then the latest
  report's time. The same amount again within minutes is that report sent twice, not a second payment.

Revision ID: 0056
Revises: 0055
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0056"
down_revision: str | None = "0055"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # a plain ADD COLUMN: the table is not rebuilt (other tables refer to its rows)
    op.add_column("orders", sa.Column("received_amount", sa.Integer(), nullable=True))
    op.add_column(
        "orders", sa.Column("reported_added", sa.Integer(), nullable=False, server_default=sa.text("0"))
    )
    op.execute(
        "UPDATE orders SET reported_added = reported_amount "
        "WHERE reported_paid_at IS NOT NULL AND reported_amount > 0"
    )
    op.execute(
        "UPDATE orders SET received_amount = reported_amount, reported_amount = 0 "
        "WHERE reported_paid_at IS NULL AND status = 'pending_payment' "
        "AND reported_amount > 0 AND reported_amount < total"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE orders SET reported_amount = received_amount "
        "WHERE reported_paid_at IS NULL AND received_amount IS NOT NULL"
    )
    op.drop_column("orders", "reported_added")
    op.drop_column("orders", "received_amount")
