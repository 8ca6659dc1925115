"""A group buy's unit kept in one spelling, Chinese words too: `千克` stored as `公斤` and `市斤` as `斤`, as
new group buys keep them since session 23 (commerce.domain.units.sold_unit), as 0045 did for English words.
The API and the export then show one spelling; every text reads and counts the same.

Data only. Revision ID: 0046
Revises: 0045
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0046"
down_revision: str | None = "0045"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each other spelling (as stored) and the unit's one spelling; written out here, not imported, so this
# migration means the same whatever the code becomes.
STORED_AS = {"千克": "公斤", "市斤": "斤"}


def upgrade() -> None:
    group_buys = sa.table("group_buys", sa.column("unit", sa.String(16)))
    for typed, unit in STORED_AS.items():
        op.execute(group_buys.update().where(group_buys.c.unit == typed).values(unit=unit))


def downgrade() -> None:
    """Nothing to take back: `公斤` and `斤` read and count as `千克` and `市斤` did."""
