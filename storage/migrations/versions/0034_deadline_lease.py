"""Deadlines fire once across workers (issue #15): `group_buys.deadline_claimed_until`.

Every worker runs the deadline loop (bot/scheduler.py); a worker *claims* the group buys that are due
by stamping this lease in one guarded UPDATE (storage/deadlines.py) before it closes them, so the others
skip them until the lease ends. NULL: nobody holds it. A worker that dies holding a claim leaves it to
lapse, and another worker closes the group buy then. A close that failed pushes it forward (a back-off
every worker respects). Same type as `deadline` (timestamptz on PostgreSQL, naive UTC on SQLite), so the
claim compares them in SQL. No index of its own: the claim finds due rows through
`ix_group_buys_status_deadline` and `ix_group_buys_orders_pending` and filters the lease on those few.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # plain ADD COLUMN: no table copy on SQLite (others' foreign keys point here)
    op.add_column(
        "group_buys", sa.Column("deadline_claimed_until", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("group_buys", "deadline_claimed_until")
