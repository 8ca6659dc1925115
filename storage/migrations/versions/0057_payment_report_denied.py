"""What the organiser answered 未收到 (not received) to, kept until the buyer reports again.

- `orders.denied_amount`: in minor units, what the buyer's report she denied said was paid beyond what
  she had received of the order (`我已付款 1-2` of ¥176 after she received ¥100, answered 未收到: 7600);
  NULL when none, or cleared by a new report. Until now nothing recorded the denial, so the buyer's
  `钱到了吗` got the generic answer; now it says the organiser has not received it and to check first.

Revision ID: 0057
Revises: 0056
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0057"
down_revision: str | None = "0056"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # a plain ADD COLUMN: the table is not rebuilt (other tables refer to its rows)
    op.add_column("orders", sa.Column("denied_amount", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("orders", "denied_amount")
