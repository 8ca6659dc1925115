"""Share to earn, attribution (issue #11): members' share codes and the visits read at the close.

- `share_codes`: a member's short code to a group buy (`团12-K7QM`, commerce.domain.share_codes), one
  per (group buy, member), unique within the group buy (it maps back to its member);
- `ix_share_visits_visitor` on `share_visits (group_buy_id, visitor_id)`: attribution reads a batch of
  buyers' visits of one group buy in one query at the close (storage/attribution.py).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "share_codes",
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), primary_key=True),
        sa.Column("member_id", sa.String(), primary_key=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("group_buy_id", "code", name="uq_share_codes_group_buy_code"),
    )
    op.create_index("ix_share_visits_visitor", "share_visits", ["group_buy_id", "visitor_id"])


def downgrade() -> None:
    op.drop_index("ix_share_visits_visitor", table_name="share_visits")
    op.drop_table("share_codes")
