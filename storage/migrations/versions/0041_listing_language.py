"""A help-sold card speaks the language it was listed in.

`group_buy_listings.lang`: the language of the help-seller's `帮卖 #12` / `/helpsell #12`. The card and
announcements of a group buy in a chat that lists it speak that chat's `/lang`, else this language
(until now: the group buy's own, whatever the helping group spoke). Listings made before: NULL, the
group buy's language as before.

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0041"
down_revision: str | None = "0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.add_column(sa.Column("lang", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("group_buy_listings") as batch:
        batch.drop_column("lang")
