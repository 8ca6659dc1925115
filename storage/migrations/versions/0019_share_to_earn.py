"""Share to earn (issue #11): the commission rates of a group buy and whom each order is attributed to.

- `group_buys.sharer_rate_bp`, `group_buys.help_sell_rate_bp`: what a sharer and a help-seller earn on
  a referred order, in basis points of its paid amount (0: nothing; commerce.domain.commission);
- `orders.sharer_id`: the member whose share link brought the buyer; `orders.help_seller_id`: the
  organiser of the help-sell listing the order was made in (NULL: none).

Plain ADD COLUMNs: no table copy on SQLite.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    zero = sa.text("0")
    op.add_column(
        "group_buys", sa.Column("sharer_rate_bp", sa.Integer(), nullable=False, server_default=zero)
    )
    op.add_column(
        "group_buys", sa.Column("help_sell_rate_bp", sa.Integer(), nullable=False, server_default=zero)
    )
    op.add_column("orders", sa.Column("sharer_id", sa.String(), nullable=True))
    op.add_column("orders", sa.Column("help_seller_id", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("orders", "help_seller_id")
    op.drop_column("orders", "sharer_id")
    op.drop_column("group_buys", "help_sell_rate_bp")
    op.drop_column("group_buys", "sharer_rate_bp")
