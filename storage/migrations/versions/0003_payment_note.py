"""The organiser's payment note (收款方式): how buyers pay offline, shown in every order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("group_buys") as batch:
        batch.add_column(sa.Column("payment_note", sa.String(), nullable=False, server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table("group_buys") as batch:
        batch.drop_column("payment_note")
