"""Updates long polling confirmed to Telegram before they were handled, kept until they are
(bot/telegram/polling.py): a stop, even SIGKILL, while a chat is stuck behind an outage loses none.

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0044"
down_revision: str | None = "0043"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "telegram_spool",
        sa.Column("bot_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_json", sa.Text(), nullable=False),
        sa.Column("spooled_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("bot_id", "update_id"),
    )


def downgrade() -> None:
    op.drop_table("telegram_spool")
