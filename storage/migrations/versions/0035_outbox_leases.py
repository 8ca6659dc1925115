"""Outbox chat leases (issue #15): several workers drain the outbox, each chat by one worker at a time.

A relay takes the lease of a chat (per topic family: `send:telegram`, `event:`; a row without a chat
stands for its topic) before it reads that chat's rows, renews it every round while it has rows in
flight and deletes it when it has none (storage/outbox.py). A dead worker's lease lapses at
`leased_until` and another worker takes the chat over. The primary key is what the guarded upsert
conflicts on; the table holds one row per chat being delivered, so it needs no other index.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_leases",
        sa.Column("family", sa.String(length=80), primary_key=True),
        sa.Column("chat_id", sa.String(length=160), primary_key=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("leased_until", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("outbox_leases")
