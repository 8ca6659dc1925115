"""The webhook Telegram was last told, so that of N workers starting together one calls `setWebhook`
(issue #15; bot/telegram/webhook.py).

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "telegram_webhook",
        sa.Column("name", sa.String(length=16), primary_key=True),
        sa.Column("url", sa.String(length=512), nullable=False),
        sa.Column("secret_digest", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.String(length=40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("telegram_webhook")
