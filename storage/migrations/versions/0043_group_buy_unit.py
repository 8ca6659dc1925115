"""The unit a group buy is sold in (`价格 15元/斤`: by the 斤), so a join's `2斤` counts 2 and `2箱` is
refused with that unit (commerce.domain.units).

- `group_buys.unit`: the unit word the price was said per, '' when none was (a 份).

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0043"
down_revision: str | None = "0042"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # plain ADD COLUMN: no table copy on SQLite (others' foreign keys point here)
    op.add_column(
        "group_buys", sa.Column("unit", sa.String(16), nullable=False, server_default=sa.text("''"))
    )


def downgrade() -> None:
    op.drop_column("group_buys", "unit")
