"""Product options (多规格: one group buy selling `3斤` at ¥58 and `5斤` at ¥88; issue #10).

- `group_buys.options`: the options as announced, JSON `[[name, unit_price, stock or null], ...]`
  ('[]': none);
- `participants.option`: the option a line is of ('' without options), part of the line's key, which
  becomes (group buy, member, friend, option): a member may hold several options;
- `group_buy_options`: what is taken of each option, kept by the guarded write that holds it within the
  option's stock (commerce.domain.options).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KEY = "uq_participants_group_buy_user_friend"
_NEW_KEY = "uq_participants_group_buy_user_friend_option"


def upgrade() -> None:
    with op.batch_alter_table("group_buys") as batch:
        batch.add_column(sa.Column("options", sa.String(), nullable=False, server_default=sa.text("'[]'")))
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("option", sa.String(), nullable=False, server_default=sa.text("''")))
        batch.drop_constraint(_OLD_KEY, type_="unique")
        batch.create_unique_constraint(_NEW_KEY, ["group_buy_id", "user_id", "friend", "option"])
    op.create_table(
        "group_buy_options",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("group_buy_id", sa.Integer(), sa.ForeignKey("group_buys.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=True),
        sa.Column("sold", sa.Integer(), nullable=False),
        sa.UniqueConstraint("group_buy_id", "name", name="uq_group_buy_options_group_buy_name"),
    )


def downgrade() -> None:
    op.drop_table("group_buy_options")
    op.execute("DELETE FROM participants WHERE option <> ''")
    with op.batch_alter_table("participants") as batch:
        batch.drop_constraint(_NEW_KEY, type_="unique")
        batch.create_unique_constraint(_OLD_KEY, ["group_buy_id", "user_id", "friend"])
        batch.drop_column("option")
    with op.batch_alter_table("group_buys") as batch:
        batch.drop_column("options")
