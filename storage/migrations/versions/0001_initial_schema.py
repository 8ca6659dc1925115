"""Initial schema: group buys, participants, orders, payments, chat settings, processed updates.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True, nullable=False)


def _when(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False)


def _history(owner: str, owner_table: str, table: str) -> None:
    """A status-change log: who moved the aggregate from where to where, when and why."""
    op.create_table(
        table,
        _id(),
        sa.Column(owner, sa.Integer(), sa.ForeignKey(f"{owner_table}.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _text("from_status", 16),
        _text("to_status", 16),
        _text("action"),
        _text("actor"),
        _when("at"),
        _text("reason"),
        sa.UniqueConstraint(owner, "seq", name=f"uq_{table}_seq"),
    )


def upgrade() -> None:
    op.create_table(
        "group_buys",
        _id(),
        _text("chat_id"),
        _text("organiser_id"),
        _text("organiser_name"),
        _text("title"),
        _text("currency", 3),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        _text("tiers"),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=True),
        sa.Column("per_person_limit", sa.Integer(), nullable=True),
        _when("deadline"),
        _text("pickup"),
        _text("status", 16),
        sa.Column("sold", sa.Integer(), nullable=False),
        _text("lang", 16),
        _when("created_at"),
        _when("closed_at", nullable=True),
        sa.Column("final_unit_price", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_group_buys_chat_status", "group_buys", ["chat_id", "status", "id"])
    op.create_index("ix_group_buys_status_deadline", "group_buys", ["status", "deadline"])

    op.create_table(
        "participants",
        _id(),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        _text("user_id"),
        _text("display_name"),
        sa.Column("quantity", sa.Integer(), nullable=False),
        _when("joined_at"),
        _text("friends"),
        sa.UniqueConstraint("group_buy_id", "user_id", name="uq_participants_group_buy_user"),
    )
    _history("group_buy_id", "group_buys", "group_buy_status_changes")

    op.create_table(
        "orders",
        _id(),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        _text("chat_id"),
        _text("buyer_id"),
        _text("buyer_name"),
        _text("currency", 3),
        _text("status", 16),
        _when("created_at"),
        sa.Column("total", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_orders_buyer_id", "orders", ["buyer_id"])
    op.create_index("ix_orders_group_buy_id", "orders", ["group_buy_id"])
    op.create_table(
        "order_lines",
        _id(),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _text("description"),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("order_id", "seq", name="uq_order_lines_seq"),
    )
    _history("order_id", "orders", "order_status_changes")
    op.create_table(
        "order_payments",
        _id(),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _text("kind"),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        _text("method"),
        _text("reference"),
        _text("actor"),
        _when("at"),
        sa.UniqueConstraint("order_id", "seq", name="uq_order_payments_seq"),
    )

    op.create_table(
        "chat_settings",
        sa.Column("chat_id", sa.String(), primary_key=True, nullable=False),
        _text("language", 16),
    )
    op.create_table(
        "processed_updates",
        sa.Column("key", sa.String(), primary_key=True, nullable=False),
        _text("answer"),
        _when("created_at"),
    )
    op.create_index("ix_processed_updates_created_at", "processed_updates", ["created_at"])


def downgrade() -> None:
    for table in (
        "processed_updates",
        "chat_settings",
        "order_payments",
        "order_status_changes",
        "order_lines",
        "orders",
        "group_buy_status_changes",
        "participants",
        "group_buys",
    ):
        op.drop_table(table)
