"""Two marks on a list's line (`participants`): `note_private`, its note was typed in a private chat (a room,
a phone: the organiser's list and export show it, a group's card never does, rep99 #7), and `added_by`, who
made the line for the member when she did not (`/add #2 @Fay 1`: the organiser's name, shown on the card,
the list and the export, rep100 #3). Every line stored before this keeps neither (false, "").

Revision ID: 0061
Revises: 0060
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0061"
down_revision: str | None = "0060"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("note_private", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("added_by", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("added_by")
        batch.drop_column("note_private")
