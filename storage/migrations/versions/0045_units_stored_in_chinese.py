"""A group buy's unit kept in one spelling: an English unit word stored as the Chinese unit it names, as
new group buys keep it since session 22 (commerce.domain.units.sold_unit): `dozen` 打, `kg` 公斤, `g` 克,
and the words kept as typed before session 21 (`jin` 斤, `box` 箱, `piece` 个…). The API and the export then
show one spelling; every text reads the same (an English chat still says "dozen", "kg", "jin").

Data only. Revision ID: 0045
Revises: 0044
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0045"
down_revision: str | None = "0044"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each English spelling (as stored: folded to lower case) and the Chinese unit it is kept as; written out
# here, not imported, so this migration means the same whatever the code becomes.
STORED_AS = {
    "dozen": "打",
    "dozens": "打",
    "doz": "打",
    "kg": "公斤",
    "kgs": "公斤",
    "kilo": "公斤",
    "kilos": "公斤",
    "g": "克",
    "gs": "克",
    "gram": "克",
    "grams": "克",
    "jin": "斤",
    "catty": "斤",
    "catties": "斤",
    "box": "箱",
    "boxes": "箱",
    "bag": "袋",
    "bags": "袋",
    "bottle": "瓶",
    "bottles": "瓶",
    "pack": "包",
    "packs": "包",
    "piece": "个",
    "pieces": "个",
    "pc": "个",
    "pcs": "个",
}


def upgrade() -> None:
    group_buys = sa.table("group_buys", sa.column("unit", sa.String(16)))
    for typed, unit in STORED_AS.items():
        op.execute(group_buys.update().where(sa.func.lower(group_buys.c.unit) == typed).values(unit=unit))


def downgrade() -> None:
    """Nothing to take back: the Chinese unit reads and counts as the English word did."""
