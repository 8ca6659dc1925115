"""The organiser's views and exports (/mine, /export).

- `ix_group_buys_organiser` on `group_buys (organiser_id, id)`: an organiser's newest group buys (/mine)
  without reading every group buy;
- `playground_files`: the files the playground's bot sent (/export as XLSX and CSV), served at the
  download link of their message (storage/adapter_tables.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_group_buys_organiser", "group_buys", ["organiser_id", "id"])
    op.create_table(
        "playground_files",
        sa.Column("token", sa.String(64), primary_key=True, nullable=False),
        sa.Column("chat", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime", sa.String(128), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("playground_files")
    op.drop_index("ix_group_buys_organiser", table_name="group_buys")
