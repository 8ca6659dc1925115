"""Photo cards (a group buy opened with a photo: issue #10, product options).

- `group_buys.photo`: the platform's reference to the photo the organiser opened it with (a Telegram
  file_id, a WeChat image message id, a playground file token); '' for none;
- `playground_messages.image`: the download link of the image a playground message shows (a member's
  attached photo, a photo card's photo), NULL for none.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("group_buys") as batch:
        batch.add_column(sa.Column("photo", sa.String(), nullable=False, server_default=sa.text("''")))
    with op.batch_alter_table("playground_messages") as batch:
        batch.add_column(sa.Column("image", sa.String(512), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("playground_messages") as batch:
        batch.drop_column("image")
    with op.batch_alter_table("group_buys") as batch:
        batch.drop_column("photo")
