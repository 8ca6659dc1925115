"""Follows and note shares (issue #12, "ties that last" and the third level of sharing).

- `follows`: one row per follower and member followed (`uq_follows_follower_followed`: following twice
  is one follow), with the name it was made by and the follower's platform (whose outbox carries the
  round-up); `ix_follows_followed` reads a member's followers;
- `follow_roundups`: per follower, the day (in the chats' timezone) of the last daily round-up and when
  it was made: the news it covered ends there, and a restarted bot does not send that day's again;
- `note_shares`: one row per note and member who took their share code for it
  (`uq_note_shares_note_member`): the card's count of shares.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follows",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("follower_id", sa.String(), nullable=False),
        sa.Column("followed_id", sa.String(), nullable=False),
        sa.Column("followed_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("follower_id", "followed_id", name="uq_follows_follower_followed"),
    )
    op.create_index("ix_follows_followed", "follows", ["followed_id"])
    op.create_table(
        "follow_roundups",
        sa.Column("platform", sa.String(), primary_key=True),
        sa.Column("follower_id", sa.String(), primary_key=True),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "note_shares",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("member_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("note_id", "member_id", name="uq_note_shares_note_member"),
    )


def downgrade() -> None:
    op.drop_table("note_shares")
    op.drop_table("follow_roundups")
    op.drop_index("ix_follows_followed", table_name="follows")
    op.drop_table("follows")
