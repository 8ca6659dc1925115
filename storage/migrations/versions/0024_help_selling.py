"""Help-selling (帮卖, issue #11): a group buy listed in other chats, and which lines each chat made.

- `group_buy_listings`: one row per group buy and chat listing it, with its help-seller
  (commerce.domain.listings);
- `group_buys.listings`: how many there are, so a group buy nobody lists costs its cards nothing more;
- `participants.listing_id`: the listing a line was made in (NULL: the group buy's own chat), with a
  partial index that only listed lines pay for; `waiting_list.listing_id`: the same for who waits.

Plain ADD COLUMNs: no table copy on SQLite.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LISTED = sa.text("listing_id IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "group_buy_listings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("seller_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("group_buy_id", "chat_id", name="uq_group_buy_listings_group_buy_chat"),
    )
    op.create_index("ix_group_buy_listings_chat", "group_buy_listings", ["chat_id", "group_buy_id"])
    op.add_column(
        "group_buys", sa.Column("listings", sa.Integer(), nullable=False, server_default=sa.text("0"))
    )
    op.add_column("participants", sa.Column("listing_id", sa.Integer(), nullable=True))
    op.add_column("waiting_list", sa.Column("listing_id", sa.Integer(), nullable=True))
    op.create_index(
        "ix_participants_listing",
        "participants",
        ["listing_id", "id"],
        sqlite_where=LISTED,
        postgresql_where=LISTED,
    )


def downgrade() -> None:
    op.drop_index("ix_participants_listing", table_name="participants")
    op.drop_column("waiting_list", "listing_id")
    op.drop_column("participants", "listing_id")
    op.drop_column("group_buys", "listings")
    op.drop_index("ix_group_buy_listings_chat", table_name="group_buy_listings")
    op.drop_table("group_buy_listings")
