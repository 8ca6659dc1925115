"""The bot's reaction on a playground message (a typed like's 👍 on the member's own message, as Telegram
shows it: `handlers.types.Reaction`), so the page shows it after a reload too.

- `playground_messages.reaction`: the emoji, NULL for none.

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0037"
down_revision: str | None = "0036"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("playground_messages") as batch:
        batch.add_column(sa.Column("reaction", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("playground_messages") as batch:
        batch.drop_column("reaction")
