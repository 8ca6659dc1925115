"""Where a payout is to be paid (`提现 微信 wes888`): the member names it with the request, and the
admins see it in `提现审核` and the console before marking the payout paid.

- `payouts.destination`: the method and account as the member typed them, '' for a request made before.

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0047"
down_revision: str | None = "0046"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # plain ADD COLUMN: no table copy on SQLite
    op.add_column(
        "payouts", sa.Column("destination", sa.String(80), nullable=False, server_default=sa.text("''"))
    )


def downgrade() -> None:
    op.drop_column("payouts", "destination")
