"""What a playground card's header names (`团购 #2`, `笔记 #1`: handlers.types.Reply.label), kept with the
card's message: its `card_of` is the key the card is filed under (a note's negated number, a listing's, a
private copy's above 2,000,000,000), not a number a member knows.

- `playground_messages.card_label`: the label, NULL for a message that is no card (or a card posted
  before: the header then names nothing until the card is edited).

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0042"
down_revision: str | None = "0041"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("playground_messages") as batch:
        batch.add_column(sa.Column("card_label", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("playground_messages") as batch:
        batch.drop_column("card_label")
