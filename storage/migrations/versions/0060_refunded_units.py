"""The units a part refund gave back (`order_payments.refunded_option`, `refunded_units`): `退款 1-4 小杯 1`
refunds one 小杯, and the card, the console and the export now count it out of what was taken.

Until now a part refund kept only its money, so a refunded unit stayed on the card's line, in the option's
"taken", in "refunded: N units" and in the export's quantity (rep80 #3). A part refund by amount keeps none
(0, ""), as every row stored before this does.

Revision ID: 0060
Revises: 0059
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0060"
down_revision: str | None = "0059"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("order_payments") as batch:
        batch.add_column(sa.Column("refunded_option", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("refunded_units", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("order_payments") as batch:
        batch.drop_column("refunded_units")
        batch.drop_column("refunded_option")
