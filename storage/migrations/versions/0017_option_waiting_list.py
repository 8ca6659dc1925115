"""The waiting list per option (多规格: `候补 5斤 2`; issue #10).

`waiting_list.option`: the option an entry waits for ('' without options), part of its key, which
becomes (group buy, member, option): a member may wait for several options.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KEY = "uq_waiting_list_group_buy_user"
_NEW_KEY = "uq_waiting_list_group_buy_user_option"


def upgrade() -> None:
    with op.batch_alter_table("waiting_list") as batch:
        batch.add_column(sa.Column("option", sa.String(), nullable=False, server_default=sa.text("''")))
        batch.drop_constraint(_OLD_KEY, type_="unique")
        batch.create_unique_constraint(_NEW_KEY, ["group_buy_id", "user_id", "option"])


def downgrade() -> None:
    op.execute("DELETE FROM waiting_list WHERE option <> ''")
    with op.batch_alter_table("waiting_list") as batch:
        batch.drop_constraint(_NEW_KEY, type_="unique")
        batch.create_unique_constraint(_OLD_KEY, ["group_buy_id", "user_id"])
        batch.drop_column("option")
