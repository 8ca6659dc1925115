"""The amount a buyer said with her payment report (`我已付款 1-2 10元` owing ¥156), kept with it.

- `orders.reported_amount`: what she said she paid, in minor units, when not the order's total; 0 when
  she said no amount. A short report then reads as short everywhere (`多少钱`, the pickup notice).

Revision ID: 0055
Revises: 0054
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0055"
down_revision: str | None = "0054"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # a plain ADD COLUMN: the table is not rebuilt (other tables refer to its rows)
    op.add_column(
        "orders", sa.Column("reported_amount", sa.Integer(), nullable=False, server_default=sa.text("0"))
    )


def downgrade() -> None:
    op.drop_column("orders", "reported_amount")
