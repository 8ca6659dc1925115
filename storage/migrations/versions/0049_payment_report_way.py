"""How a buyer said she paid (`付了234，微信转的`, `paid! sent 110 via paynow`), kept with her report.

- `orders.reported_via`: the way named with the report (`wechat`, `alipay`, `paynow`, `bank`, `cash`…;
  "" when none was said), shown where the report is (`名单`, the cancel's warning).

Revision ID: 0049
Revises: 0048
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0049"
down_revision: str | None = "0048"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # a plain ADD COLUMN: the table is not rebuilt (other tables refer to its rows)
    op.add_column(
        "orders", sa.Column("reported_via", sa.String(16), nullable=False, server_default=sa.text("''"))
    )


def downgrade() -> None:
    op.drop_column("orders", "reported_via")
