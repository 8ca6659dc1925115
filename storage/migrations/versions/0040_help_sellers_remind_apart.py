"""A help-seller's 催款 is limited apart from the organiser's.

`group_buy_listings.payment_reminded_at`: when the help-seller of that group last chased her own
group's buyers (at most every 6 hours). Until now a help-seller's 催款 took the group buy's own
`payment_reminded_at`, so it held the organiser's back for 6 hours (and the other way round).

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0040"
down_revision: str | None = "0039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.add_column(sa.Column("payment_reminded_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.drop_column("payment_reminded_at")
