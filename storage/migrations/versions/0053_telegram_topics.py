"""Telegram's forum topics: the topic a group buy was opened in (`telegram_topics`), so its card, close
notice and reminders are posted in that topic rather than the chat's General (bot/telegram/store.py).

Revision ID: 0053
Revises: 0052
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0053"
down_revision: str | None = "0052"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "telegram_topics",
        sa.Column("chat_id", sa.String(32), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("telegram_topics")
