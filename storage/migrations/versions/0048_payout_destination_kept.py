"""A member's payout destination remembered (`提现 微信 wes888` keeps it; `提现`, `提现 50` use it).

- `payout_destinations`: one row per member (as `payouts.member`), the destination their last request
  named and when; each payout keeps its own copy (`payouts.destination`, 0047).
- Filled from the requests made since 0047: each member's latest payout that named a destination.

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0048"
down_revision: str | None = "0047"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each member's latest request with a destination: written out here, not read from storage.tables, so
# this migration means the same whatever the code becomes.
_KEPT = sa.text(
    "INSERT INTO payout_destinations (member, destination, updated_at) "
    "SELECT p.member, p.destination, p.requested_at FROM payouts p "
    "WHERE p.destination <> '' AND p.id = ("
    "SELECT MAX(q.id) FROM payouts q WHERE q.member = p.member AND q.destination <> '')"
)


def upgrade() -> None:
    op.create_table(
        "payout_destinations",
        sa.Column("member", sa.String(), primary_key=True),
        sa.Column("destination", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.execute(_KEPT)


def downgrade() -> None:
    op.drop_table("payout_destinations")
