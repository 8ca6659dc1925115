"""Where a member's stored language came from (`members.language_from`): `app` (her platform said it:
Telegram's language_code) or `words` (guessed from the words she typed, where the app said none).

Until now the store kept one language per member and not where it came from, so on Telegram an organiser
whose app sends no language had her private notices follow her last typed words: one English command in a
Chinese group turned her next notices English. Her notices now read the app's language only
(`handlers.recipients.organiser_language`); rows stored before this (NULL) are read as unknown until her
next message fills it in.

Revision ID: 0059
Revises: 0058
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0059"
down_revision: str | None = "0058"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("language_from", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("language_from")
