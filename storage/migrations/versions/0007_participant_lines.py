"""Participant lines: a friend signed up by a member is a line of its own, and every line has a note.

`+1 帮 小王 2份` used to add 2 units to the member's line and list 小王 beside it; now 小王 has a line
("Bob 帮 小王 ×2") keyed by (group buy, member, friend), and `+1 3号楼502` keeps "3号楼502" as the line's
note. Friends named on a line before this migration are kept in its note, so nothing is lost.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KEY = "uq_participants_group_buy_user"
_NEW_KEY = "uq_participants_group_buy_user_friend"


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("friend", sa.String(), nullable=False, server_default=sa.text("''")))
        batch.add_column(sa.Column("note", sa.String(), nullable=False, server_default=sa.text("''")))
    participants = sa.table(
        "participants", sa.column("id", sa.Integer()), sa.column("friends"), sa.column("note")
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(participants.c.id, participants.c.friends).where(participants.c.friends != "[]")
    )
    for row_id, friends in rows.fetchall():
        names = ", ".join(json.loads(friends or "[]"))
        if names:
            conn.execute(participants.update().where(participants.c.id == row_id).values(note=f"+ {names}"))
    with op.batch_alter_table("participants") as batch:
        batch.drop_constraint(_OLD_KEY, type_="unique")
        batch.create_unique_constraint(_NEW_KEY, ["group_buy_id", "user_id", "friend"])
        batch.drop_column("friends")


def downgrade() -> None:
    op.execute("DELETE FROM participants WHERE friend <> ''")
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("friends", sa.String(), nullable=False, server_default=sa.text("'[]'")))
        batch.drop_constraint(_NEW_KEY, type_="unique")
        batch.create_unique_constraint(_OLD_KEY, ["group_buy_id", "user_id"])
        batch.drop_column("note")
        batch.drop_column("friend")
