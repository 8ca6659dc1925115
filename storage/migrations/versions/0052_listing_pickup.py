"""A help-sell listing's own pickup (`自提 #12 …` sent in the group listing it): that group's orders,
reminder and 未取货 read it; NULL: the group buy's pickup, as before. `pickup_reminded_at`: when the
evening before that group's own pickup was reminded (once).

Revision ID: 0052
Revises: 0051
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0052"
down_revision: str | None = "0051"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.add_column(sa.Column("pickup", sa.String(), nullable=True))
        batch.add_column(sa.Column("pickup_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("pickup_reminded_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.drop_column("pickup_reminded_at")
        batch.drop_column("pickup_at")
        batch.drop_column("pickup")
