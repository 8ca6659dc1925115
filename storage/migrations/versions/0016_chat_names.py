"""Chats' names (issue #10: `/orders` names each order's chat, `/copy #12 to 家庭群`).

- `chats`: a group chat's name as last seen (a Telegram group's title, a WeChat room's topic, the
  playground's chat name), written with a member's sighting (storage/chat_names.py);
- `ix_chat_members_identity` on `chat_members (identity, last_seen)`: the chats a member is in, latest
  first, without reading every membership (`/copy … to <name>` looks among the organiser's chats).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "chats",
        sa.Column("chat_id", sa.String(), primary_key=True, nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_chat_members_identity", "chat_members", ["identity", "last_seen"])


def downgrade() -> None:
    op.drop_index("ix_chat_members_identity", table_name="chat_members")
    op.drop_table("chats")
