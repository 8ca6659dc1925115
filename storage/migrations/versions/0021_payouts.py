"""Share to earn, payouts (issue #11): members' payout requests (提现), decided by an admin.

- `payouts`: one row per request (commerce.domain.payout); the money itself moves in the ledger
  (`payout:<id>:requested|approved|paid|rejected`);
- `ux_payouts_open_member`: a partial unique index, at most one open (requested or approved) payout per
  member; `ix_payouts_status` lists the pending ones for the admin.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("status IN ('requested', 'approved')")


def upgrade() -> None:
    op.create_table(
        "payouts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member", sa.String(), nullable=False),
        sa.Column("member_name", sa.String(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "ux_payouts_open_member",
        "payouts",
        ["member"],
        unique=True,
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.create_index("ix_payouts_status", "payouts", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_payouts_status", table_name="payouts")
    op.drop_index("ux_payouts_open_member", table_name="payouts")
    op.drop_table("payouts")
