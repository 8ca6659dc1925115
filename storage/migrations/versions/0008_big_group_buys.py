"""Big group buys: the card reads a bounded list, and a close writes its orders in batches.

- `ix_participants_group_buy_id_id` serves the card's first lines (`ORDER BY id LIMIT 50`) as an index
  range, however long the list is;
- `group_buys.line_count`: how many lines the list has, kept by every join and leave in the same
  guarded write as `sold`, so the card's "… and 4,950 more" counts no rows (filled from the lines here);
- `uq_orders_group_buy_buyer`: one order per buyer and group buy, so a batch of orders written again
  (a retry after a crash, two processes finishing one close) cannot make a second one;
- `group_buys.orders_upto`: while a close writes its orders in batches, the last participant line
  whose buyer has an order (NULL: no orders pending), so the deadline sweep finishes what a crash left
  (`ix_group_buys_orders_pending` finds those few).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("orders_upto IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_participants_group_buy_id_id", "participants", ["group_buy_id", "id"])
    with op.batch_alter_table("orders") as batch:
        batch.create_unique_constraint("uq_orders_group_buy_buyer", ["group_buy_id", "buyer_id"])
    with op.batch_alter_table("group_buys") as batch:
        batch.add_column(sa.Column("line_count", sa.Integer(), nullable=False, server_default=sa.text("0")))
        batch.add_column(sa.Column("orders_upto", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE group_buys SET line_count = (SELECT count(*) FROM participants"
        " WHERE participants.group_buy_id = group_buys.id AND participants.quantity > 0)"
    )
    op.create_index(
        "ix_group_buys_orders_pending",
        "group_buys",
        ["orders_upto"],
        sqlite_where=PENDING,
        postgresql_where=PENDING,
    )


def downgrade() -> None:
    op.drop_index("ix_group_buys_orders_pending", table_name="group_buys")
    with op.batch_alter_table("group_buys") as batch:
        batch.drop_column("orders_upto")
        batch.drop_column("line_count")
    with op.batch_alter_table("orders") as batch:
        batch.drop_constraint("uq_orders_group_buy_buyer", type_="unique")
    op.drop_index("ix_participants_group_buy_id_id", table_name="participants")
