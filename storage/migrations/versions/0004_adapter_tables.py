"""The adapters' own tables: Telegram's card map and delivered updates, the playground's transcript.

They are defined in storage/adapter_tables.py: Telegram's `telegram_cards` and `telegram_delivered`,
the playground's `playground_chats`, `playground_messages` and `playground_updates`.

Before this revision the adapters made them at start-up with `create_all`, from the same definitions:
a table that is already there was made that way and is adopted as it is (its rows kept).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _telegram_cards() -> None:
    op.create_table(
        "telegram_cards",
        sa.Column("chat_id", sa.String(32), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def _telegram_delivered() -> None:
    op.create_table(
        "telegram_delivered",
        sa.Column("update_key", sa.String(160), primary_key=True, nullable=False),
        sa.Column("delivered_at", sa.String(40), nullable=False),
    )


def _playground_chats() -> None:
    op.create_table(
        "playground_chats",
        sa.Column("name", sa.String(64), primary_key=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def _playground_messages() -> None:
    op.create_table(
        "playground_messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("chat", sa.String(64), nullable=False),
        sa.Column("author", sa.String(64), nullable=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.Text(), nullable=False),
        sa.Column("card_of", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.String(40), nullable=False),
        sa.Column("edited_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_playground_messages_chat", "playground_messages", ["chat"])


def _playground_updates() -> None:
    op.create_table(
        "playground_updates",
        sa.Column("update_id", sa.String(128), primary_key=True, nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
    )


TABLES: dict[str, Callable[[], None]] = {
    "telegram_cards": _telegram_cards,
    "telegram_delivered": _telegram_delivered,
    "playground_chats": _playground_chats,
    "playground_messages": _playground_messages,
    "playground_updates": _playground_updates,
}


def _existing_tables() -> set[str]:
    if op.get_context().as_sql:  # offline (`alembic upgrade --sql`): the script for a database without them
        return set()
    return set(sa.inspect(op.get_bind()).get_table_names())


def upgrade() -> None:
    existing = _existing_tables()
    for name, create in TABLES.items():
        if name not in existing:
            create()


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
